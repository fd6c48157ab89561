/** The tool's version; a test checks it equals package.json's. */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'huashu';
export const INFORMATION_URI = 'https://github.com/huashu-dev/huashu';
