/** The preview's HTML shell: strict CSP with a per-load nonce, local resources only. */
import * as vscode from 'vscode';

export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function previewHtml(webview: vscode.Webview, media: vscode.Uri, strings: Record<string, string>, lang: string): string {
  const n = nonce();
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
  const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttr(lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>${escapeAttr(strings.title ?? 'Huashu')}</title>
</head>
<body data-strings="${escapeAttr(JSON.stringify(strings))}">
<header id="summary" class="summary"></header>
<main id="root" class="root"><p class="empty">${escapeAttr(strings.loading ?? '')}</p></main>
<div id="tooltip" class="tooltip" role="tooltip" hidden></div>
<script nonce="${n}" src="${js}"></script>
</body>
</html>`;
}
