import type * as vscode from 'vscode';
import * as zoneLanguage from './zoneLanguage';
import * as codeActions from './codeActions';
import * as mxHover from './mxHover';
import * as smtpHover from './smtpHover';
import * as scenarios from './scenarios';
import * as liveDns from './liveDns';
import * as mailHover from './mailHover';
import * as soaSerial from './soaSerial';

/** The extension is a thin face over src/core: each feature module registers its own providers and commands. */
export function activate(context: vscode.ExtensionContext): void {
  for (const feature of [zoneLanguage, codeActions, mxHover, smtpHover, scenarios, liveDns, mailHover, soaSerial]) {
    feature.register(context);
  }
}

export function deactivate(): void {}
