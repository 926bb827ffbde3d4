/**
 * The only module that knows the UI component library (@vscode/webview-ui-toolkit, archived in January 2025).
 * Everything else asks for controls through these functions, so a move to @vscode-elements/elements changes
 * this file alone (see docs/decisions/webview-toolkit.md).
 */
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeCheckbox,
  vsCodeDropdown,
  vsCodeOption,
  vsCodePanels,
  vsCodePanelTab,
  vsCodePanelView,
  vsCodeTextField,
} from '@vscode/webview-ui-toolkit';

provideVSCodeDesignSystem().register(
  vsCodeButton(),
  vsCodeCheckbox(),
  vsCodeDropdown(),
  vsCodeOption(),
  vsCodePanels(),
  vsCodePanelTab(),
  vsCodePanelView(),
  vsCodeTextField(),
);

export function button(label: string, onClick: () => void, options: { primary?: boolean; ariaLabel?: string } = {}): HTMLElement {
  const element = document.createElement('vscode-button');
  element.textContent = label;
  element.setAttribute('appearance', options.primary ? 'primary' : 'secondary');
  if (options.ariaLabel) element.setAttribute('aria-label', options.ariaLabel);
  element.addEventListener('click', onClick);
  return element;
}

export interface Checkbox {
  element: HTMLElement;
  readonly checked: boolean;
}

export function checkbox(label: string, checked: boolean, onChange: () => void): Checkbox {
  const element = document.createElement('vscode-checkbox') as HTMLElement & { checked: boolean };
  element.textContent = label;
  element.checked = checked;
  element.addEventListener('change', onChange);
  return {
    element,
    get checked() {
      return element.checked;
    },
  };
}

export interface Select<T extends string> {
  element: HTMLElement;
  value: T;
}

/** A labelled drop-down; the label is a real <label> pointing at it, for screen readers. */
export function select<T extends string>(
  id: string,
  label: string,
  options: readonly { value: T; label: string }[],
  value: T,
  onChange: (value: T) => void,
): Select<T> {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const caption = document.createElement('label');
  caption.htmlFor = id;
  caption.textContent = label;
  const dropdown = document.createElement('vscode-dropdown') as HTMLElement & { value: string };
  dropdown.id = id;
  dropdown.setAttribute('aria-label', label);
  for (const option of options) {
    const item = document.createElement('vscode-option') as HTMLElement & { value: string };
    item.setAttribute('value', option.value);
    item.textContent = option.label;
    if (option.value === value) item.setAttribute('selected', '');
    dropdown.append(item);
  }
  dropdown.addEventListener('change', () => onChange(dropdown.value as T));
  wrapper.append(caption, dropdown);
  return {
    element: wrapper,
    get value() {
      return dropdown.value as T;
    },
    set value(next: T) {
      dropdown.value = next;
    },
  };
}

export interface TextField {
  element: HTMLElement;
  value: string;
  setInvalid(message: string | undefined): void;
}

/** A text field with its error text shown under it (and announced) while the value is invalid. */
export function textField(id: string, label: string, value: string, onInput: (value: string) => void, placeholder = ''): TextField {
  const wrapper = document.createElement('div');
  wrapper.className = 'text-field';
  const field = document.createElement('vscode-text-field') as HTMLElement & { value: string };
  field.id = id;
  field.textContent = label;
  field.setAttribute('value', value);
  if (placeholder) field.setAttribute('placeholder', placeholder);
  field.addEventListener('input', () => onInput(field.value));
  const error = document.createElement('p');
  error.id = `${id}-error`;
  error.className = 'field-error';
  error.setAttribute('aria-live', 'polite');
  wrapper.append(field, error);
  return {
    element: wrapper,
    get value() {
      return field.value;
    },
    set value(next: string) {
      field.value = next;
    },
    setInvalid(message) {
      if (message) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
      error.textContent = message ?? '';
    },
  };
}

export interface Tabs {
  element: HTMLElement;
  select(id: string): void;
}

/** Tabs with arrow-key navigation (the component's own); `onSelect` reports the id of the tab chosen. */
export function tabs(items: readonly { id: string; label: string; view: HTMLElement }[], active: string, onSelect: (id: string) => void): Tabs {
  const panels = document.createElement('vscode-panels');
  panels.setAttribute('aria-label', 'Outage Scenarios sections');
  for (const item of items) {
    const tab = document.createElement('vscode-panel-tab');
    tab.id = `tab-${item.id}`;
    tab.textContent = item.label;
    panels.append(tab);
  }
  for (const item of items) {
    const view = document.createElement('vscode-panel-view');
    view.id = `view-${item.id}`;
    view.append(item.view);
    panels.append(view);
  }
  panels.setAttribute('activeid', `tab-${active}`);
  // The component picks its first tab while it connects and reports that as a change: ignore changes until
  // the wanted tab has been applied to the connected element.
  let settled = false;
  setTimeout(() => {
    panels.setAttribute('activeid', `tab-${active}`);
    settled = true;
  });
  panels.addEventListener('change', (event) => {
    const tab = (event as CustomEvent<HTMLElement | undefined>).detail;
    if (settled && event.target === panels && tab?.id?.startsWith('tab-')) onSelect(tab.id.slice(4));
  });
  return {
    element: panels,
    select(id) {
      active = id;
      panels.setAttribute('activeid', `tab-${id}`);
    },
  };
}
