package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of docs/graph-permissions.md: every Graph request Handover may make (method
 * and path template) with its application permissions. The Graph stub's calls are checked
 * against it, and the grant script must grant exactly its permissions.
 */
public final class GraphPermissionTable {

	public static final Path DOCUMENT = Path.of("docs", "graph-permissions.md");

	private static final Pattern ROW = Pattern
		.compile("^\\|\\s*(GET|POST|PATCH|PUT|DELETE)\\s*\\|\\s*(\\S+)\\s*\\|([^|]*)\\|");

	private static final Pattern PERMISSION = Pattern.compile("\\b[A-Z][A-Za-z]*(?:\\.[A-Z][A-Za-z]*)+\\b");

	private final List<Row> rows;

	private GraphPermissionTable(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	public static GraphPermissionTable read() {
		try {
			return parse(Files.readAllLines(DOCUMENT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static GraphPermissionTable parse(List<String> lines) {
		List<Row> rows = new ArrayList<>();
		for (String line : lines) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				String cell = row.group(3);
				boolean rsc = cell.contains("(RSC)");
				List<String> permissions = new ArrayList<>();
				Matcher permission = PERMISSION.matcher(cell);
				while (permission.find()) {
					permissions.add(permission.group());
				}
				rows.add(new Row(row.group(1), row.group(2), template(row.group(2)), List.copyOf(permissions), rsc));
			}
		}
		return new GraphPermissionTable(rows);
	}

	public List<Row> rows() {
		return this.rows;
	}

	/**
	 * The application permissions to grant: every row's, but resource-specific consent.
	 */
	public Set<String> applicationPermissions() {
		Set<String> all = new TreeSet<>();
		this.rows.stream().filter(row -> !row.rsc()).forEach(row -> all.addAll(row.permissions()));
		return all;
	}

	/** The calls ({@code METHOD /path}, no query) that match no row. */
	public Set<String> unlisted(Collection<String> calls) {
		Set<String> unlisted = new TreeSet<>();
		for (String call : calls) {
			String method = call.substring(0, call.indexOf(' '));
			String path = normalised(call.substring(call.indexOf(' ') + 1));
			if (this.rows.stream()
				.noneMatch(row -> row.method().equals(method) && row.matcher().matcher(path).matches())) {
				unlisted.add(method + " " + path);
			}
		}
		return unlisted;
	}

	/** A path as the table writes it: no query, OData casts in full. */
	static String normalised(String path) {
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return bare.replaceAll("/graph\\.", "/microsoft.graph.");
	}

	private static Pattern template(String template) {
		StringBuilder regex = new StringBuilder();
		Matcher segment = Pattern.compile("\\{[^}/]+\\}").matcher(template);
		int at = 0;
		while (segment.find()) {
			regex.append(Pattern.quote(template.substring(at, segment.start()))).append("[^/]+");
			at = segment.end();
		}
		regex.append(Pattern.quote(template.substring(at)));
		return Pattern.compile(regex.toString());
	}

	/**
	 * One row: a request and the permissions it needs.
	 *
	 * @param rsc granted by resource-specific consent (the Teams app), not by the script
	 */
	public record Row(String method, String path, Pattern matcher, List<String> permissions, boolean rsc) {
	}

}
