/** The Electron executable installed in `electronDir` (node_modules/electron), or null. */
export function electronBinary(electronDir: string): string | null
