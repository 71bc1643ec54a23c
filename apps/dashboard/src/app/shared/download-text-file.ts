/** Saves text as a file through the browser's download, without leaving the page. */
export function downloadTextFile(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the data to the download; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url));
}
