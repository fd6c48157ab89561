#!/bin/sh
# 话术检查的 git pre-commit 钩子示例。
# 安装：cp docs/ci/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
#
# 检查整个话术库（这样 duplicate-id 能跨文件比对），但只报告相对 HEAD 改动过的行上的问题，
# 所以旧问题不会挡住提交。有错误时（退出码 1）拒绝提交；用 git commit --no-verify 可临时跳过。
# 注意：检查的是工作区里的文件内容（包括尚未 git add 的改动）。

# 这次提交没有动话术库或配置时直接放行
if ! git diff --cached --name-only --diff-filter=ACMR | grep -Eq '(\.huashu\.ya?ml|huashu\.config\.ya?ml)$'; then
  exit 0
fi

# 话术库仓库的 package.json 把 huashu 列为 devDependency；也可以换成全局安装的 huashu
HUASHU="npx --no-install huashu"

if git rev-parse --verify --quiet HEAD >/dev/null; then
  $HUASHU lint --changed-since HEAD
else
  $HUASHU lint   # 第一次提交：还没有 HEAD，检查全部
fi
status=$?

if [ "$status" -eq 1 ]; then
  echo "话术检查发现错误：请修正后再提交（huashu lint --fix 可自动修复一部分）。" >&2
  exit 1
elif [ "$status" -ne 0 ]; then
  echo "话术检查没能运行（退出码 $status），请看上面的提示。" >&2
  exit "$status"
fi
exit 0
