package io.handover.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * An uploaded file that does something (cancels, restarts) once a number of its lines
 * have been read: what an import sees when the person changes their mind mid-file. Read
 * in small pieces, so the action comes at that line and not when the whole file is in.
 */
public final class ActingReader extends Reader {

	private final StringReader text;

	private final int afterLines;

	private final Runnable action;

	private int lines;

	public ActingReader(String text, int afterLines, Runnable action) {
		this.text = new StringReader(text);
		this.afterLines = afterLines;
		this.action = action;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = this.text.read(buffer, offset, Math.min(length, 64));
		for (int i = offset; i < offset + Math.max(read, 0); i++) {
			if (buffer[i] == '\n' && ++this.lines == this.afterLines) {
				this.action.run();
			}
		}
		return read;
	}

	@Override
	public void close() {
		this.text.close();
	}

}
