/**
 * A FormData body as the multipart bytes a browser would send. WebKit cannot read back a Request
 * built from a FormData that holds a File ("Unable to read form data blob"), though its
 * XMLHttpRequest sends one to the network fine; so the in-page route hands the backend the bytes.
 */
export function multipart(form: FormData): { body: Blob; type: string } {
  const boundary = `----cw-harness-${Math.random().toString(36).slice(2)}`;
  const parts: BlobPart[] = [];
  for (const [name, value] of form) {
    const disposition = `form-data; name="${name}"`;
    if (typeof value === 'string') {
      parts.push(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`, value, '\r\n');
    } else {
      const type = value.type || 'application/octet-stream';
      parts.push(
        `--${boundary}\r\nContent-Disposition: ${disposition}; filename="${value.name}"\r\n`,
        `Content-Type: ${type}\r\n\r\n`,
        value,
        '\r\n',
      );
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}
