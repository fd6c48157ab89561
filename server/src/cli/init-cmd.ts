/** `huashu init`: writes a starter huashu.config.yaml in the current folder, never overwriting. */
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES } from '../engine';
import { UsageError } from './io';

export const STARTER_CONFIG = `# Huashu 话术检查配置（huashu.config.yaml）
# 文档：https://github.com/huashu-dev/huashu
# 本文件只是数据：工具不会执行其中的任何内容。

# 继承的内置预设：huashu:recommended（推荐）、huashu:strict（提示升为警告），
# 以及平台预设 huashu:taobao / huashu:tmall / huashu:jd / huashu:pdd / huashu:douyin
extends:
  - huashu:recommended

# 默认平台（话术库文件自己写了 platform 时以文件为准）
# platform: taobao

# 调整规则级别：off | info | warning | error（huashu rules 可列出全部规则）
rules:
  # no-blame-courier: error

# 团队自己的禁用语 / 必用语
phrases:
  # - pattern: 亲爱的
  #   message: 本店统一称呼“您”
  #   replacement: 您

# 永远不报告的说法
allow: []

# 不检查的文件（glob，相对本文件所在的文件夹）
ignore:
  - "**/drafts/**"
`;

export function initConfig(cwd: string): string {
  for (const name of CONFIG_FILE_NAMES) {
    if (fs.existsSync(path.join(cwd, name))) throw new UsageError(`${name} 已经存在，未做任何修改（huashu init 从不覆盖已有配置）`);
  }
  const file = path.join(cwd, CONFIG_FILE_NAMES[0]);
  try {
    fs.writeFileSync(file, STARTER_CONFIG, { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') throw new UsageError(`${CONFIG_FILE_NAMES[0]} 已经存在，未做任何修改`);
    throw new UsageError(`无法写入 ${file}：${err.message}`);
  }
  return file;
}
