;;; client.el --- drive Emacs's Eglot against dist/server.js  -*- lexical-binding: t -*-
;;
;; Eglot (Debian's elpa-eglot 1.9 on Emacs 28) as a user of another editor would run it: Flymake
;; shows the pushed diagnostics, columns counted in characters (an emoji is one character for
;; Emacs, two UTF-16 units for LSP), code actions echo the diagnostics Eglot re-encoded from its
;; own plists, edits go as incremental changes.  What it saw goes to $HUASHU_OUT as JSON.
;; Run by test/emacs/emacs.spec.ts: emacs --batch -Q -l test/emacs/client.el

;; -Q loads no site files: Debian's ELPA packages (eglot and the newer project and xref it needs)
(dolist (dir (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*"))
  (add-to-list 'load-path dir))
(require 'eglot)
(require 'json)
(require 'subr-x)

(define-derived-mode huashu-mode text-mode "Huashu")
(setq eglot-server-programs
      `((huashu-mode . (,(or (getenv "HUASHU_NODE") "node") ,(getenv "HUASHU_SERVER") "--stdio"))))

(setq eglot-autoreconnect nil)

(defvar hs-result (make-hash-table :test 'equal))
(defun hs-put (key value) (puthash key value hs-result))

(defun hs-wait (pred seconds)
  "Run the event loop until PRED is non-nil or SECONDS have passed; PRED's last value."
  (let ((deadline (+ (float-time) seconds)) ok)
    (while (and (not (setq ok (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    ok))

(defvar hs-linted nil "The last document version the server said it has linted.")
(defvar hs-linted-uri nil "The document of that version.")
(cl-defmethod eglot-handle-notification
  (_server (_method (eql huashu/documentChanged)) &key version uri &allow-other-keys)
  (setq hs-linted version hs-linted-uri uri))

(defvar hs-big-publishes nil "How many diagnostics each publish for the large library held, newest first.")
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (when (string-suffix-p "/big-library.txt" uri) (push (length diagnostics) hs-big-publishes)))

(defun hs-lsp (diag) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diag))))

(defun hs-seen ()
  "Flymake's diagnostics in the buffer: code, 0-based lines, columns in characters, text."
  (let (out)
    (dolist (d (flymake-diagnostics))
      (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
        (push (list :code (plist-get (hs-lsp d) :code)
                    :type (symbol-name (flymake-diagnostic-type d))
                    :line (1- (line-number-at-pos beg t))
                    :col (save-excursion (goto-char beg) (- beg (line-beginning-position)))
                    :end_line (1- (line-number-at-pos end t))
                    :end_col (save-excursion (goto-char end) (- end (line-beginning-position)))
                    :text (buffer-substring-no-properties beg end)
                    :message (flymake-diagnostic-text d))
              out)))
    (vconcat (nreverse out))))

(defun hs-find (code)
  (seq-find (lambda (d) (equal (plist-get (hs-lsp d) :code) code)) (flymake-diagnostics)))

(defun hs-imenu-names (index)
  "Every name in an imenu INDEX, depth first (Eglot groups the outline by symbol kind)."
  (cl-loop for (name . rest) in index
           append (cons name (and (consp rest) (not (markerp rest)) (not (numberp rest)) (hs-imenu-names rest)))))

(defun hs-lines () (vconcat (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n")))

(defun hs-changed ()
  "Send the buffer's edits now (Eglot sends them on an idle timer, which batch mode never runs)."
  (eglot--signal-textDocument/didChange))

(defun hs-run ()
  (find-file (getenv "HUASHU_FILE"))
  (huashu-mode)
  (apply #'eglot (eglot--guess-contact))
  (let ((server (eglot-current-server)))
    (unless server (error "Eglot did not connect"))
    (hs-put "server_name" (plist-get (eglot--server-info server) :name))
    ;; Flymake starts its backends after the first command, which batch mode never finishes
    (flymake-start)
    (unless (hs-wait (lambda () (hs-find "unknown-key")) 20) (error "no diagnostics within 20 s"))
    (hs-put "initial" (hs-seen))
    (hs-put "lines" (hs-lines))

    ;; hover on the courier-blaming words, at a position Eglot converts itself
    (let ((blame (hs-find "no-blame-courier")))
      (unless blame (error "no no-blame-courier diagnostic"))
      (goto-char (flymake-diagnostic-beg blame))
      (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
             (contents (plist-get hover :contents)))
        (hs-put "hover" (if (stringp contents) contents (plist-get contents :value)))))

    ;; the quick fix for the missing apology: Eglot echoes the diagnostics of the region from its
    ;; own plists (re-encoded: false as :json-false, no key order, data as Eglot parsed it)
    (let* ((apology (hs-find "apologize-on-complaint"))
           (beg (flymake-diagnostic-beg apology))
           (end (flymake-diagnostic-end apology))
           (echoed (mapcar #'hs-lsp (flymake-diagnostics beg end)))
           (actions (eglot-code-actions beg end "quickfix"))
           (chosen (seq-find (lambda (a) (and (eq (plist-get a :isPreferred) t) (plist-get a :edit)
                                              (string-match-p "抱歉\\|道歉" (plist-get a :title))))
                             actions)))
      (hs-put "echoed" (vconcat echoed))
      (hs-put "actions" (vconcat (mapcar (lambda (a) (list :title (plist-get a :title) :kind (plist-get a :kind)
                                                           :isPreferred (eq (plist-get a :isPreferred) t)))
                                         actions)))
      (unless chosen (error "no preferred apology fix among %d actions" (length actions)))
      (eglot--apply-workspace-edit (plist-get chosen :edit))
      (hs-changed)
      (hs-put "fixed_ok" (if (hs-wait (lambda () (not (hs-find "apologize-on-complaint"))) 10) t :json-false))
      (hs-put "after_fix_lines" (hs-lines))
      (hs-put "after_fix" (hs-seen)))

    ;; a line typed above everything (an emoji in it): the findings move down with it
    (let ((before (save-excursion (goto-char (flymake-diagnostic-beg (hs-find "unknown-key")))
                                  (line-number-at-pos nil t))))
      (goto-char (point-min))
      (forward-line 1)
      (insert "# 备注：售后话术，😀 更新于十一月\n")
      (hs-changed)
      (hs-put "moved_ok"
              (if (hs-wait (lambda () (let ((k (hs-find "unknown-key")))
                                        (and k (= (line-number-at-pos (flymake-diagnostic-beg k) t) (1+ before)))))
                           10)
                  t :json-false))
      (hs-put "after_insert" (hs-seen))
      (hs-put "after_insert_lines" (hs-lines)))

    ;; text typed character by character after an emoji, each character its own change: the
    ;; findings after it move right by one column per character
    (let ((col (plist-get (seq-find (lambda (d) (equal (plist-get d :code) "no-disclaim-responsibility")) (hs-seen)) :col)))
      (goto-char (point-min))
      (search-forward "😀，")
      (dolist (ch '("请" "您" "放" "心" "，"))
        (insert ch)
        (hs-changed))
      (hs-put "typed_ok"
              (if (hs-wait (lambda () (let ((d (seq-find (lambda (d) (equal (plist-get d :code) "no-disclaim-responsibility")) (hs-seen))))
                                        (and d (= (plist-get d :col) (+ col 5)))))
                           10)
                  t :json-false)))
    (hs-put "typed" (hs-seen))
    (hs-put "typed_lines" (hs-lines))

    ;; completion of a key in a script, through Eglot's completion-at-point
    (goto-char (point-min))
    (search-forward "  - id: wait")
    (end-of-line)
    (insert "\n    sce")
    (hs-changed)
    (let* ((capf (eglot-completion-at-point))
           (table (nth 2 capf))
           (probe (buffer-substring-no-properties (nth 0 capf) (nth 1 capf))))
      (hs-put "completion_probe" probe)
      (hs-put "completions" (vconcat (all-completions probe table))))
    (delete-region (line-beginning-position) (line-end-position))
    (delete-char -1)
    (hs-changed)

    ;; the outline, through Eglot's imenu
    (hs-put "imenu" (vconcat (hs-imenu-names (eglot-imenu))))

    ;; the last lint of the buffer as it is now (the server says which version it has linted)
    (hs-wait (lambda () (eq hs-linted eglot--versioned-identifier)) 10)
    (hs-put "final" (hs-seen))
    (hs-put "final_lines" (hs-lines))

    ;; a large library, linted in stages when it is opened (the top first): every publish for it
    ;; counted, and what Flymake shows once the server says it has linted it
    (let ((big (getenv "HUASHU_BIG")))
      (when big
        (find-file big)
        (huashu-mode)
        ;; (the buffer joins the running server, as eglot-ensure would after a command)
        (eglot--maybe-activate-editing-mode)
        (flymake-start)
        (hs-put "big_linted" (if (hs-wait (lambda () (and hs-linted-uri (string-suffix-p "/big-library.txt" hs-linted-uri))) 30) t :json-false))
        (hs-wait (lambda () (= (length (flymake-diagnostics)) (or (car hs-big-publishes) -1))) 10)
        (hs-put "big_publishes" (vconcat (reverse hs-big-publishes)))
        (hs-put "big_after" (hs-seen))
        (hs-put "big_lines" (count-lines (point-min) (point-max)))))

    ;; the protocol's shutdown and exit, as Eglot sends them; Eglot's own `eglot-shutdown' then
    ;; deletes the process at once, so the server's exit status is read here, before that
    (let ((proc (jsonrpc--process server)))
      (hs-put "shutdown_reply" (if (null (jsonrpc-request server :shutdown nil :timeout 10)) t :json-false))
      (jsonrpc-notify server :exit nil)
      (hs-put "stopped" (if (hs-wait (lambda () (not (process-live-p proc))) 10) t :json-false))
      (hs-put "exit_status" (list :status (symbol-name (process-status proc)) :code (process-exit-status proc)))
      ;; what the server wrote to its stderr, which Eglot keeps in a buffer of its own
      (hs-put "stderr" (let ((b (seq-find (lambda (b) (string-match-p "EGLOT.*stderr" (buffer-name b))) (buffer-list))))
                         (if b (with-current-buffer b (buffer-string)) :null))))))

(condition-case err
    (hs-run)
  (error (hs-put "error" (error-message-string err))))
(with-temp-file (getenv "HUASHU_OUT")
  (insert (json-encode hs-result)))
(kill-emacs 0)
