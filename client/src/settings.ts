/**
 * The extension's own settings (`huashu.*`). They decide when to lint and what to show, never
 * what counts as a finding: that belongs to `huashu.config.yaml`, which the team keeps in git.
 */
import * as vscode from 'vscode';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  run: RunMode;
  statusBar: boolean;
  preview: { scrollSync: boolean; showScores: boolean; showCustomer: boolean; showAlternatives: boolean };
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('huashu', scope);
  return {
    run: c.get<RunMode>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    statusBar: c.get<boolean>('statusBar.enable', true),
    preview: {
      scrollSync: c.get<boolean>('preview.scrollSync', true),
      showScores: c.get<boolean>('preview.showScores', true),
      showCustomer: c.get<boolean>('preview.showCustomer', true),
      showAlternatives: c.get<boolean>('preview.showAlternatives', true),
    },
  };
}

export const LANGUAGE_ID = 'huashu';

export function isHuashuDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === LANGUAGE_ID;
}
