-- Drives Neovim's built-in LSP client (Debian's Neovim 0.7) against dist/server.js, as a user of
-- another editor would, and writes what it saw to $HUASHU_OUT as JSON. Run by
-- test/neovim/neovim.spec.ts: nvim --headless -u NONE -i NONE -n -c "luafile test/neovim/client.lua"
local server = os.getenv('HUASHU_SERVER')
local file = os.getenv('HUASHU_FILE')
local out = os.getenv('HUASHU_OUT')
local node = os.getenv('HUASHU_NODE') or 'node'
local result = {}

local function finish(err)
  if err then result.error = tostring(err) end
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local exited = false
  local id = vim.lsp.start_client({
    name = 'huashu',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    on_exit = function(code, signal) result.exit = { code = code, signal = signal }; exited = true end,
  })
  assert(id, 'the client did not start')
  vim.lsp.buf_attach_client(buf, id)

  local function seen(b)
    local t = {}
    for _, d in ipairs(vim.diagnostic.get(b or buf)) do
      t[#t + 1] = { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, source = d.source, message = d.message }
    end
    return t
  end
  local function find(code, b)
    for _, d in ipairs(vim.diagnostic.get(b or buf)) do if d.code == code then return d end end
  end

  assert(vim.wait(20000, function() return find('unknown-key') ~= nil end, 20), 'no diagnostics within 20 s')
  result.initial = seen()
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- hover on the courier-blaming words (positions in UTF-16, as the server negotiated)
  local blame = find('no-blame-courier')
  assert(blame, 'no no-blame-courier diagnostic')
  local text = vim.api.nvim_buf_get_lines(buf, blame.lnum, blame.lnum + 1, false)[1]
  local _, utf16 = vim.str_utfindex(text, blame.col)
  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = blame.lnum, character = utf16 },
  }, 10000)
  for _, r in pairs(hover or {}) do
    if r.result and r.result.contents then result.hover = r.result.contents.value or r.result.contents end
  end

  -- the quick fix for the missing apology: Neovim echoes the diagnostics with byte columns
  local apology = find('apologize-on-complaint')
  assert(apology, 'no apologize-on-complaint diagnostic')
  vim.api.nvim_win_set_cursor(0, { apology.lnum + 1, apology.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, apology.lnum), only = { 'quickfix' } }
  result.echoed = params.context.diagnostics
  local actions = {}
  for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}) do
    for _, a in ipairs(r.result or {}) do actions[#actions + 1] = a end
  end
  result.actions = {}
  local chosen
  for _, a in ipairs(actions) do
    result.actions[#result.actions + 1] = { title = a.title, kind = a.kind, isPreferred = a.isPreferred == true }
    if not chosen and a.isPreferred and a.edit then chosen = a end
  end
  assert(chosen, 'no preferred quick fix offered')
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  result.fixed_ok = vim.wait(10000, function() return find('apologize-on-complaint') == nil end, 20)
  result.after_fix_lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  result.after_fix = seen()

  -- typing a line above everything (multi-byte text): the findings move down with it
  local key = find('unknown-key')
  local before = key.lnum
  vim.api.nvim_buf_set_lines(buf, 1, 1, false, { '# 备注：售后话术，😀 更新于十一月' })
  result.moved_ok = vim.wait(10000, function() local k = find('unknown-key'); return k ~= nil and k.lnum == before + 1 end, 20)
  result.after_insert = seen()

  -- typing at the end of that comment line, where no diagnostic lies: the server lints every
  -- version and publishes nothing (the list Neovim holds is the same, and in place); it says
  -- which version it has linted in a notification of its own, which Neovim otherwise ignores
  local uri = vim.uri_from_bufnr(buf)
  local publishes, linted = 0, -1
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, cfg)
    if res and res.uri == uri then publishes = publishes + 1 end
    return publish(err, res, ctx, cfg)
  end
  vim.lsp.handlers['huashu/documentChanged'] = function(_, res) if res and res.uri == uri then linted = res.version end end
  for _, ch in ipairs({ '，', '已', '核', '对' }) do
    local line = vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1]
    vim.api.nvim_buf_set_text(buf, 1, #line, 1, #line, { ch })
  end
  result.quiet_linted = vim.wait(10000, function() return linted == vim.lsp.util.buf_versions[buf] end, 20)
  result.quiet_publishes = publishes
  result.quiet_after = seen()
  result.quiet_lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  vim.lsp.handlers['textDocument/publishDiagnostics'] = publish
  result.after_insert_lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  -- a library written as JSON (the server splices the edited script into its last lint): a reply
  -- typed character by character, as incremental changes; a finding appears on that line
  local json = os.getenv('HUASHU_JSON')
  if json then
    vim.cmd('edit ' .. vim.fn.fnameescape(json))
    local jbuf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(jbuf, id)
    assert(vim.wait(20000, function() return #vim.diagnostic.get(jbuf) > 0 end, 20), 'no diagnostics for the JSON library within 20 s')
    result.json_initial = seen(jbuf)
    local lines = vim.api.nvim_buf_get_lines(jbuf, 0, -1, false)
    local row, col
    for i, l in ipairs(lines) do
      local at = l:find('"reply": "', 1, true)
      if at and l:find('"reply": "您好', 1, true) then row = i - 1; col = at - 1 + #'"reply": "' end
    end
    assert(row, 'no reply to type in')
    for _, ch in ipairs({ '是', '快', '递', '的', '问', '题', '，' }) do
      vim.api.nvim_buf_set_text(jbuf, row, col, row, col, { ch })
      col = col + #ch
    end
    result.json_row = row
    result.json_typed = vim.wait(10000, function()
      for _, d in ipairs(vim.diagnostic.get(jbuf)) do if d.code == 'no-blame-courier' and d.lnum == row then return true end end
      return false
    end, 20)
    result.json_after = seen(jbuf)
    result.json_lines = vim.api.nvim_buf_get_lines(jbuf, 0, -1, false)
  end

  -- a large library, linted in stages when opened (the top first): every publish for it counted,
  -- and what Neovim holds once the server says it has linted the version
  local big = os.getenv('HUASHU_BIG')
  if big then
    local counts, done, buri = {}, false, nil
    local publish2 = vim.lsp.handlers['textDocument/publishDiagnostics']
    vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, res, ctx, cfg)
      if res and res.uri == buri then counts[#counts + 1] = #res.diagnostics end
      return publish2(err, res, ctx, cfg)
    end
    vim.lsp.handlers['huashu/documentChanged'] = function(_, res) if res and res.uri == buri then done = true end end
    vim.cmd('edit ' .. vim.fn.fnameescape(big))
    local bbuf = vim.api.nvim_get_current_buf()
    -- (a name the workspace scan does not take for a library, opened as one: not linted and
    -- published as a closed file before it is opened)
    vim.bo[bbuf].filetype = 'huashu'
    buri = vim.uri_from_bufnr(bbuf)
    vim.lsp.buf_attach_client(bbuf, id)
    result.big_linted = vim.wait(30000, function() return done end, 20)
    result.big_publishes = counts
    result.big_after = seen(bbuf)
    result.big_lines = #vim.api.nvim_buf_get_lines(bbuf, 0, -1, false)
    vim.lsp.handlers['textDocument/publishDiagnostics'] = publish2
  end

  vim.lsp.stop_client(id)
  result.stopped = vim.wait(10000, function() return exited end, 20)
end

local ok, err = pcall(run)
finish(not ok and err or nil)
