/** Bytes read per step: small enough that the page stays responsive and the bar moves on large files. */
export const READ_CHUNK_BYTES = 64 * 1024;

/** Lets the browser paint (the progress bar) between steps. */
export const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a file as UTF-8 text a slice at a time, reporting the fraction read
 * after each slice. A streaming decoder keeps characters split across slices whole.
 */
export async function readFileInChunks(
  file: Blob,
  onProgress: (fraction: number) => void,
  options: { chunkBytes?: number; signal?: AbortSignal } = {},
): Promise<string> {
  const chunkBytes = options.chunkBytes ?? READ_CHUNK_BYTES;
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    if (options.signal?.aborted) throw new DOMException("Reading was cancelled", "AbortError");
    const buffer = await file.slice(offset, offset + chunkBytes).arrayBuffer();
    text += decoder.decode(buffer, { stream: offset + chunkBytes < file.size });
    onProgress(Math.min(1, (offset + chunkBytes) / file.size));
    await nextFrame();
  }
  text += decoder.decode();
  onProgress(1);
  return text;
}
