package io.handover;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform the service is built on, read from what the build resolved: the verbose
 * dependency tree the build writes to {@code target/dependency-tree.txt} (every path,
 * including the ones Maven dropped as duplicates) and the test class path itself.
 * <ul>
 * <li>no Spring Boot 3 artifact, by any path;</li>
 * <li>Jackson 2 databind only because a library that needs it brings it: the Bot
 * Framework SDK (its types are Jackson 2), the Microsoft Graph SDK and Azure Identity
 * (azure-core, jjwt), springdoc's OpenAPI model (swagger-core, Jackson 2 only) and the
 * language model's OpenAI client (openai-java); never as a dependency of Handover's
 * own.</li>
 * </ul>
 */
class DependencySetTests {

	/** The libraries that may bring Jackson 2 databind (group ids on its path). */
	static final Set<String> NEEDS_JACKSON_2 = Set.of("com.microsoft.bot", "com.microsoft.graph", "com.azure",
			"io.swagger.core.v3", "com.openai");

	private static final Pattern COORDINATES = Pattern.compile(
			"([\\w.\\-]+):([\\w.\\-]+):[\\w\\-]+(?::[\\w.\\-]+)?:([\\w.\\-]+):(compile|runtime|test|provided|system)");

	@Test
	void noSpringBoot3ArtifactIsResolved() throws IOException {
		assertThat(SpringBootVersion.getVersion()).startsWith("4.1.");
		assertThat(springBoot3(tree())).isEmpty();
	}

	@Test
	void noSpringBoot3JarIsOnTheClassPath() throws IOException {
		List<String> boot3 = new ArrayList<>();
		for (URL manifest : Collections.list(getClass().getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
			String jar = manifest.getPath().replaceFirst("!/META-INF/MANIFEST.MF$", "");
			String name = jar.substring(jar.lastIndexOf('/') + 1);
			if (name.matches("spring-boot(-[a-z0-9-]+)?-3\\.\\d+\\.\\d+.*\\.jar")) {
				boot3.add(name);
			}
		}
		assertThat(boot3).isEmpty();
	}

	@Test
	void jackson2DatabindComesOnlyWithTheLibrariesThatNeedIt() throws IOException {
		List<String> tree = tree();
		assertThat(parse(tree)).as("the SDK's Jackson 2 is seen, so the check reads the tree")
			.anyMatch((node) -> node.artifact().equals("jackson-databind") && node.version().startsWith("2."));
		assertThat(jackson2ForOtherReasons(tree)).isEmpty();
	}

	@Test
	void theChecksCatchABoot3ArtifactAndJackson2ThroughAnotherLibrary() {
		List<String> tree = List.of("io.handover:handover:jar:0.1.0-SNAPSHOT",
				"+- org.springframework.boot:spring-boot-starter-webmvc:jar:4.1.2:compile",
				"|  \\- org.springframework.boot:spring-boot-autoconfigure:jar:3.5.16:compile",
				"+- com.microsoft.bot:bot-schema:jar:4.14.2:compile",
				"|  \\- com.fasterxml.jackson.core:jackson-databind:jar:2.21.7:compile",
				"+- com.example:some-client:jar:1.0:compile",
				"|  \\- (com.fasterxml.jackson.core:jackson-databind:jar:2.21.7:compile - omitted for duplicate)",
				"\\- com.fasterxml.jackson.core:jackson-databind:jar:2.21.7:compile");

		assertThat(springBoot3(tree)).containsExactly("org.springframework.boot:spring-boot-autoconfigure:3.5.16");
		assertThat(jackson2ForOtherReasons(tree)).containsExactly(
				"com.example:some-client:1.0 > com.fasterxml.jackson.core:jackson-databind:2.21.7",
				"com.fasterxml.jackson.core:jackson-databind:2.21.7");
	}

	static List<String> springBoot3(List<String> tree) {
		List<String> found = new ArrayList<>();
		for (Node node : parse(tree)) {
			if (node.group().equals("org.springframework.boot") && node.version().startsWith("3.")) {
				found.add(node.id());
			}
		}
		return found;
	}

	/**
	 * Each path to Jackson 2 databind on which no library of {@link #NEEDS_JACKSON_2} is.
	 */
	static List<String> jackson2ForOtherReasons(List<String> tree) {
		List<String> found = new ArrayList<>();
		List<Node> path = new ArrayList<>();
		for (Node node : parse(tree)) {
			while (path.size() > node.depth()) {
				path.remove(path.size() - 1);
			}
			path.add(node);
			if (node.group().equals("com.fasterxml.jackson.core") && node.artifact().equals("jackson-databind")
					&& path.stream().noneMatch((step) -> NEEDS_JACKSON_2.contains(step.group()))) {
				found.add(String.join(" > ", path.stream().skip(1).map(Node::id).toList()));
			}
		}
		return found;
	}

	private static List<Node> parse(List<String> tree) {
		List<Node> nodes = new ArrayList<>();
		for (String line : tree) {
			// three characters of tree drawing per level; "(...)" marks a path Maven
			// dropped
			int start = 0;
			while (start < line.length() && " |+-\\".indexOf(line.charAt(start)) >= 0) {
				start++;
			}
			Matcher coordinates = COORDINATES.matcher(line);
			if (coordinates.find(start)) {
				nodes.add(new Node(start / 3, coordinates.group(1), coordinates.group(2), coordinates.group(3)));
			}
		}
		return nodes;
	}

	private static List<String> tree() throws IOException {
		Path tree = Path.of("target", "dependency-tree.txt");
		assertThat(tree).as("written by the build (maven-dependency-plugin, phase generate-test-resources)").exists();
		List<String> lines = Files.readAllLines(tree);
		assertThat(lines).as("the tree names the Bot Framework SDK").anyMatch((line) -> line.contains("bot-schema"));
		return lines;
	}

	private record Node(int depth, String group, String artifact, String version) {

		String id() {
			return this.group + ":" + this.artifact + ":" + this.version;
		}

	}

}
