/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

/** Adds `.extension` unless the path already ends with it (a typed path often lacks it). */
export function withExtension(path: string, extension: string | undefined): string {
  if (!extension) return path;
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`;
}

/** The folder a path stands in (the path itself when it has no folder part). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return path;
  return cut === 0 ? path.slice(0, 1) : path.slice(0, cut);
}
