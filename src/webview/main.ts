// PLACEHOLDER: the webview script, replaced by the scenarios work.
export {};
