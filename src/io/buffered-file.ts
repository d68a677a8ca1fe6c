import { closeSync, openSync, writeSync } from 'node:fs';

/** Text gathered in memory up to this many characters between writes. */
const FLUSH_AT = 1 << 20;

/**
 * A file written from the start in large pieces (an export of many small lines), not
 * made durable: it is whole only once closed, and a crash leaves it to be written again.
 */
export class BufferedFile {
  private fd: number;
  private buf = '';

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length > FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buf) writeSync(this.fd, this.buf);
    this.buf = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
