package io.handover.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * An uploaded CSV file, streamed to a private temporary file (never held in memory) and
 * decoded strictly before anything is imported:
 * <ul>
 * <li>a byte order mark decides the charset (UTF-8, UTF-16LE, UTF-16BE); else UTF-16 is
 * recognised by its zero bytes (a spreadsheet's "Unicode text" export), also when the
 * client declared UTF-8 or Latin-1 by default; else the {@code charset} of the
 * Content-Type; anything else is read as UTF-8;</li>
 * <li>text that is not valid in that charset, or holds a NUL or another control
 * character, refuses the whole file, naming the row, and nothing is imported.</li>
 * </ul>
 */
public final class CsvUpload implements AutoCloseable {

	private static final int SNIFF = 4096;

	private final Path file;

	private final Charset charset;

	private final int bom;

	private final String origin;

	private final ImportReport refusal;

	private CsvUpload(Path file, Charset charset, int bom, String origin, ImportReport refusal) {
		this.file = file;
		this.charset = charset;
		this.bom = bom;
		this.origin = origin;
		this.refusal = refusal != null ? refusal : check();
	}

	/** Reads {@code body} to its end into a temporary file and checks its text. */
	public static CsvUpload receive(InputStream body, String contentType) {
		Path file = null;
		try {
			file = Files.createTempFile("handover-import-", ".csv",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
			return open(file, contentType);
		}
		catch (UnsupportedOperationException notPosix) {
			try {
				file = Files.createTempFile("handover-import-", ".csv");
				Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
				return open(file, contentType);
			}
			catch (IOException ex) {
				delete(file);
				throw new UncheckedIOException(ex);
			}
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			throw ex instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private static CsvUpload open(Path file, String contentType) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return new CsvUpload(file, StandardCharsets.UTF_8, 3, "its byte order mark", null);
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return new CsvUpload(file, StandardCharsets.UTF_16LE, 2, "its byte order mark", null);
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			return new CsvUpload(file, StandardCharsets.UTF_16BE, 2, "its byte order mark", null);
		}
		String declared = declaredCharset(contentType);
		Charset sniffed = utf16WithoutBom(head);
		if (sniffed != null && (declared == null || asciiCompatible(declared))) {
			// zero bytes in every other place are no UTF-8 or Latin text, whatever a
			// client
			// declared by default: a spreadsheet's "Unicode text"
			return new CsvUpload(file, sniffed, 0, "its zero bytes (UTF-16 without a byte order mark)", null);
		}
		if (declared != null) {
			try {
				return new CsvUpload(file, Charset.forName(declared), 0, "the request's Content-Type", null);
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
				return new CsvUpload(file, StandardCharsets.UTF_8, 0, "", refused(1,
						"the charset '" + declared + "' in the Content-Type is not known: nothing was imported."));
			}
		}
		return new CsvUpload(file, StandardCharsets.UTF_8, 0, "the default (no charset declared)", null);
	}

	/** Why nothing may be imported, as a report naming the row; empty when readable. */
	public Optional<ImportReport> refusal() {
		return Optional.ofNullable(this.refusal);
	}

	/** The text, decoded (call after {@link #refusal()} is empty). */
	public Reader reader() {
		try {
			InputStream in = Files.newInputStream(this.file);
			in.skipNBytes(this.bom);
			return new BufferedReader(new InputStreamReader(in, this.charset));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Charset charset() {
		return this.charset;
	}

	@Override
	public void close() {
		delete(this.file);
	}

	/** Decodes the whole file strictly, counting lines, before anything is imported. */
	private ImportReport check() {
		CharsetDecoder decoder = this.charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(8192);
		CharBuffer chars = CharBuffer.allocate(8192);
		long line = 1;
		try (SeekableByteChannel channel = Files.newByteChannel(this.file)) {
			channel.position(this.bom);
			boolean eof = false;
			while (true) {
				if (!eof && channel.read(bytes) < 0) {
					eof = true;
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, eof);
				bytes.compact();
				chars.flip();
				while (chars.hasRemaining()) {
					char c = chars.get();
					if (c == '\n') {
						line++;
					}
					else if (c == 0 || (Character.isISOControl(c) && c != '\r' && c != '\t')) {
						return refused(line,
								"row " + line + " contains "
										+ (c == 0 ? "a NUL character"
												: String.format("the control character U+%04X", (int) c))
										+ " (read as " + this.charset.name() + ", from " + this.origin
										+ "): nothing was imported. "
										+ "Save the file as UTF-8, or declare its charset (text/csv; charset=...).");
					}
				}
				chars.clear();
				if (result.isError()) {
					return refused(line,
							"row " + line + " is not valid " + this.charset.name() + " (the charset from " + this.origin
									+ "): nothing was imported. "
									+ "Save the file as UTF-8, or declare its charset (text/csv; charset=...).");
				}
				if (eof && result.isUnderflow()) {
					return null;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ImportReport refused(long row, String reason) {
		return ImportReport
			.of(List.of(ImportReport.Row.rejected(row, List.of(new ImportReport.Problem(null, reason)))));
	}

	private static boolean asciiCompatible(String charset) {
		String name = charset.trim().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
		return name.equals("UTF-8") || name.equals("US-ASCII") || name.equals("ISO-8859-1") || name.equals("LATIN1")
				|| name.equals("WINDOWS-1252") || name.equals("CP1252");
	}

	private static String declaredCharset(String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(contentType).getParameter("charset");
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	/**
	 * UTF-16 of mostly Latin text has a zero byte in every other position: odd ones for
	 * little-endian, even ones for big-endian.
	 */
	private static Charset utf16WithoutBom(byte[] head) {
		int pairs = head.length / 2;
		if (pairs < 2) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < head.length; i += 2) {
			evenZeros += head[i] == 0 ? 1 : 0;
			oddZeros += head[i + 1] == 0 ? 1 : 0;
		}
		if (oddZeros * 2 > pairs && evenZeros == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 2 > pairs && oddZeros == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static boolean startsWith(byte[] head, int... prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

}
