package io.handover.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Reads keyed definitions shipped as YAML on the classpath (one or a list per file) and
 * an optional file of the organisation's own, whose definitions win over shipped ones
 * with the same key. Role profiles and the application register start from these.
 *
 * @param <D> what one definition is read as
 */
public final class ShippedDefinitions<D> {

	private final ObjectMapper yaml;

	private final Class<D> type;

	private final String what;

	/**
	 * @param yaml the mapper to read with
	 * @param type what one definition is read as
	 * @param what what a definition is called in messages, e.g. "profile"
	 */
	public ShippedDefinitions(ObjectMapper yaml, Class<D> type, String what) {
		this.yaml = yaml;
		this.type = type;
		this.what = what;
	}

	/**
	 * The definitions of every classpath resource matching {@code pattern}, then those of
	 * {@code externalFile} (named by {@code setting} in the error when it is missing).
	 */
	public List<Keyed<D>> load(String pattern, String externalFile, String setting) throws IOException {
		List<Keyed<D>> definitions = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
			definitions.addAll(read(resource));
		}
		if (StringUtils.hasText(externalFile)) {
			Resource file = new FileSystemResource(externalFile);
			if (!file.exists()) {
				throw new IllegalStateException(setting + " " + externalFile + " does not exist");
			}
			List<Keyed<D>> external = read(file);
			definitions.removeIf(shipped -> external.stream().anyMatch(own -> own.key().equals(shipped.key())));
			definitions.addAll(external);
		}
		return definitions;
	}

	/** The definitions in one resource; each must have a {@code key}. */
	public List<Keyed<D>> read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode root = this.yaml.readTree(in);
			List<Keyed<D>> definitions = new ArrayList<>();
			if (root == null) {
				return definitions;
			}
			for (JsonNode node : root.isArray() ? root : List.of(root)) {
				String key = node.path("key").asString(null);
				if (key == null) {
					throw new IllegalStateException(
							"A " + this.what + " in " + resource.getDescription() + " has no key");
				}
				definitions.add(new Keyed<>(key, this.yaml.treeToValue(node, this.type)));
			}
			return definitions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + this.what + "s from " + resource.getDescription(), ex);
		}
	}

	/** One definition with its key. */
	public record Keyed<D>(String key, D draft) {
	}

}
