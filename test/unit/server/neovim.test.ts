/**
 * A second, real LSP client: Debian's Neovim 0.7 headless, with its built-in client (`vim.lsp.start_client`)
 * and an init.lua written here, on a zone with the seed's backup MX. It reads back the diagnostic with its
 * code, a hover's text, and the quick fix's edit applied by Neovim itself.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cliPath, repoRoot } from '../../paths';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const nvimSkip: string | false =
  nvim.status === 0 || process.env.CI === 'true' ? false : 'Neovim is not installed (apt-get install neovim: the Debian package list has it)';

const initLua = `-- Every *.zone buffer gets MX Guard's language server over stdio (Neovim 0.7: no vim.lsp.start yet).
vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, { pattern = '*.zone', callback = function(args)
  vim.bo[args.buf].filetype = 'bindzone'
  local id = vim.lsp.start_client({ name = 'mx-guard', cmd = { os.getenv('NODE'), os.getenv('LSP_CMD'), 'lsp', '--stdio' }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(args.buf, id)
end })
`;

// The diagnostic's user_data holds only code and codeDescription in 0.7: the LSP diagnostic for the code action is rebuilt.
const runLua = `local res = { diagnostics = {} }
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local diags = vim.diagnostic.get(0)
for _, d in ipairs(diags) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(res.diagnostics, { lnum = d.lnum, col = d.col, code = d.code, message = d.message, href = lsp.codeDescription and lsp.codeDescription.href })
end
local d = diags[1]
if d then
  local params = vim.lsp.util.make_text_document_params()
  local hov = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = params, position = { line = d.lnum, character = d.col + 1 } }, 10000)
  for _, r in pairs(hov or {}) do if r.result then res.hover = r.result.contents.value end end
  local range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
  local context = { diagnostics = vim.tbl_map(function(x)
    return { range = { start = { line = x.lnum, character = x.col }, ['end'] = { line = x.end_lnum, character = x.end_col } },
      message = x.message, severity = x.severity, code = x.code, source = x.source }
  end, diags) }
  local acts = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', { textDocument = params, range = range, context = context }, 10000)
  for _, r in pairs(acts or {}) do
    if r.result and r.result[1] then
      res.action = r.result[1].title
      if r.result[1].edit then vim.lsp.util.apply_workspace_edit(r.result[1].edit, 'utf-16') end
    end
  end
  res.lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
end
local f = io.open(os.getenv('LSP_OUT'), 'w'); f:write(vim.fn.json_encode(res)); f:close()
vim.cmd('qa!')
`;

interface NeovimResult {
  diagnostics: Array<{ lnum: number; col: number; code: string; message: string; href?: string }>;
  hover?: string;
  action?: string;
  lines?: string[];
}

test('Neovim 0.7 (built-in LSP client): the backup-MX diagnostic with its code, the hover, and the quick fix applied', { skip: nvimSkip }, (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-nvim-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const zone = path.join(dir, 'example.com.zone');
  const seed = fs.readFileSync(path.join(repoRoot, 'examples', 'db.example.com'), 'utf8');
  fs.writeFileSync(zone, seed);
  fs.writeFileSync(path.join(dir, 'init.lua'), initLua);
  fs.writeFileSync(path.join(dir, 'run.lua'), runLua);
  const out = path.join(dir, 'result.json');
  const run = spawnSync('nvim', ['--headless', '-u', 'init.lua', '-i', 'NONE', '-n', '-c', 'luafile run.lua', zone], {
    cwd: dir,
    env: { ...process.env, NODE: process.execPath, LSP_CMD: cliPath, LSP_OUT: out, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.ok(fs.existsSync(out), `Neovim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as NeovimResult;
  const backupLine = seed.split('\n').findIndex((line) => line.includes('rescue.mx.dnspark.net'));
  assert.deepEqual(
    result.diagnostics.map((d) => [d.code, d.lnum, d.href]),
    [['backup-mx', backupLine, 'https://github.com/mx-guard/mx-guard/blob/main/docs/rules/backup-mx.md']],
  );
  assert.match(
    result.hover ?? '',
    /Try 2 · \*\*rescue\.mx\.dnspark\.net\*\* ◀ this record · preference 20 · run by dnspark\.net · backup, other operator/,
  );
  assert.equal(result.action, 'Remove the backup MX rescue.mx.dnspark.net');
  // Neovim applied the edit: the backup MX's line is gone, and only it.
  const expected = seed.split('\n');
  expected.splice(backupLine, 1);
  assert.deepEqual(result.lines, expected.slice(0, -1));
});
