// `npm start`'s first look, installed by scripts/start.mjs and never shipped with MX Guard: on the first start in a
// new profile (start.mjs sets MXG_START_FIRST_LOOK), the Problems panel opens under the sample zone, which the URL
// opens, so the flagged backup MX is in sight. Once per browser profile, not on every reload.
const vscode = require('vscode');

exports.activate = async (context) => {
  if (process.env.MXG_START_FIRST_LOOK !== '1' || context.globalState.get('shown')) return;
  await context.globalState.update('shown', true);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // The Problems panel takes the focus; give it back to the zone, where the hover and the quick fix are.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
};
