package io.handover.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Azure deployment in {@code infra/} as an operator would meet it. No Bicep compiler
 * can be installed on the build machines (the Bicep CLI is not in any package registry
 * they reach), so this checks what can be checked without it: every parameter explains
 * itself, secrets are secure parameters with no value in the repository, modules are
 * called with exactly the parameters they declare, the example parameter file fits
 * {@code main.bicep}, and the web app reads its secrets from Key Vault.
 */
class InfrastructureTests {

	private static final Path INFRA = Path.of("infra");

	private static final Pattern PARAM = Pattern.compile("^param\\s+(\\w+)\\s+(\\w+)(\\s*=\\s*(.+))?$");

	private static final Pattern MODULE = Pattern.compile("^module\\s+(\\w+)\\s+'([^']+)'");

	private static final Pattern SECRET_NAME = Pattern
		.compile("(?i).*(password|secret|magiccode|connectionstring|mongodburi|key)$");

	@Test
	void everyParameterOfEveryFileHasADescription() throws IOException {
		for (Path file : bicepFiles()) {
			for (Param param : params(file).values()) {
				assertThat(param.decorators()).as("@description of %s in %s", param.name(), file)
					.anyMatch(decorator -> decorator.startsWith("@description('") && decorator.length() > 20);
			}
		}
	}

	@Test
	void secretsAreSecureParametersWithoutAValue() throws IOException {
		for (Path file : bicepFiles()) {
			for (Param param : params(file).values()) {
				if (SECRET_NAME.matcher(param.name()).matches()) {
					assertThat(param.decorators()).as("%s in %s is a secret", param.name(), file).contains("@secure()");
					assertThat(param.defaultValue()).as("default of %s in %s", param.name(), file)
						.satisfiesAnyOf(value -> assertThat(value).isNull(),
								value -> assertThat(value).isEqualTo("''"));
				}
			}
		}
	}

	@Test
	void theExampleParametersFitMainAndHoldNoSecret() throws IOException {
		Map<String, Param> main = params(INFRA.resolve("main.bicep"));
		JsonNode example = new ObjectMapper().readTree(INFRA.resolve("main.parameters.json").toFile())
			.path("parameters");
		List<String> names = new ArrayList<>();
		example.propertyNames().iterator().forEachRemaining(names::add);

		assertThat(main.keySet()).as("parameters main.bicep declares").containsAll(names);
		for (Param param : main.values()) {
			if (param.defaultValue() == null) {
				assertThat(names).as("required parameter %s", param.name()).contains(param.name());
			}
			if (param.decorators().contains("@secure()")) {
				assertThat(names).as("secure parameter %s is passed at deployment, never stored", param.name())
					.doesNotContain(param.name());
			}
		}
	}

	@Test
	void modulesAreCalledWithExactlyTheParametersTheyDeclare() throws IOException {
		String main = Files.readString(INFRA.resolve("main.bicep"));
		Map<String, String> modules = modules(main);
		assertThat(modules.values()).containsExactlyInAnyOrder("modules/monitoring.bicep", "modules/keyvault.bicep",
				"modules/database.bicep", "modules/app.bicep", "modules/bot.bicep");
		for (Map.Entry<String, String> module : modules.entrySet()) {
			Path file = INFRA.resolve(module.getValue());
			assertThat(file).exists();
			Map<String, Param> declared = params(file);
			Set<String> passed = passedParams(main, module.getKey());
			assertThat(declared.keySet()).as("parameters of %s", file).containsAll(passed);
			declared.values()
				.stream()
				.filter(param -> param.defaultValue() == null)
				.forEach(param -> assertThat(passed).as("%s needs %s", file, param.name()).contains(param.name()));
		}
	}

	@Test
	void everyPieceOfTheDeploymentIsThere() throws IOException {
		String all = String.join("\n", bicepFiles().stream().map(InfrastructureTests::read).toList());

		assertThat(all).contains("'Microsoft.BotService/botServices@")
			.contains("name: 'MsTeamsChannel'")
			.contains("name: 'EmailChannel'")
			.contains("'Microsoft.Web/sites@")
			.contains("linuxFxVersion: 'JAVA|17-java17'")
			.contains("'Microsoft.DocumentDB/mongoClusters@")
			.contains("'Microsoft.KeyVault/vaults@")
			.contains("'Microsoft.Insights/components@")
			.contains("endpoint: messagingEndpoint")
			.contains("'https://${app.outputs.hostName}/api/messages'");
	}

	@Test
	void theWebAppRunsWithTheMemorySettingsTheReadmeAndTheBenchmarkUse() throws IOException {
		String app = Files.readString(INFRA.resolve("modules/app.bicep"));
		String options = javaOpts(app);
		assertThat(options).contains("-Xmx192m");
		assertThat(app).containsPattern("name: 'MALLOC_ARENA_MAX'\\s+value: '2'");

		String readme = Files.readString(Path.of("docs", "operations.md")).replace("\\\n", "").replaceAll(" +", " ");
		assertThat(readme).as("the java command of docs/operations.md")
			.contains("MALLOC_ARENA_MAX=2 java " + options + " -jar");
		String bench = Files.readString(Path.of("bench/src/main/java/io/handover/bench/ServiceProcess.java"))
			.replaceAll("\"\\s*\\+\\s*\"", "");
		assertThat(bench).as("the benchmark's service process").contains('"' + options + '"');
	}

	@Test
	void aJava17StartsWithTheseMemorySettings() throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(javaOpts(Files.readString(INFRA.resolve("modules/app.bicep"))).split(" ")));
		command.add("-version");
		Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(java.getInputStream().readAllBytes());

		assertThat(java.waitFor()).as("an option this Java does not know stops the JVM: " + output).isZero();
	}

	/** The JVM options the web app runs with. */
	private static String javaOpts(String appBicep) {
		Matcher javaOpts = Pattern.compile("name: 'JAVA_OPTS'\\s+value: '([^']*)'").matcher(appBicep);
		assertThat(javaOpts.find()).isTrue();
		return javaOpts.group(1);
	}

	@Test
	void theWebAppReadsItsSecretsFromKeyVaultWithItsOwnIdentity() throws IOException {
		String app = Files.readString(INFRA.resolve("modules/app.bicep"));

		for (String setting : new String[] { "MicrosoftAppPassword", "MONGODB_URI", "HANDOVER_GRAPH_CLIENT_SECRET",
				"HANDOVER_APPLE_BUSINESS_PRIVATE_KEY", "HANDOVER_HR_AFAS_TOKEN", "HANDOVER_HR_YOUFORCE_CLIENT_SECRET",
				"HANDOVER_HR_YOUFORCE_WEBHOOK_SIGNATURE_KEY", "HANDOVER_HR_NMBRS_CLIENT_SECRET",
				"HANDOVER_HR_NMBRS_SUBSCRIPTION_KEY", "HANDOVER_HR_NMBRS_REFRESH_TOKEN" }) {
			Matcher value = Pattern.compile("name: '" + setting + "'\\s+value: '([^']*)'").matcher(app);
			assertThat(value.find()).as(setting).isTrue();
			assertThat(value.group(1)).as(setting).startsWith("@Microsoft.KeyVault(SecretUri=");
		}
		assertThat(app).contains("type: 'SystemAssigned'")
			.contains("4633458b-17de-408a-b874-0445c86b69e6")
			.contains("healthCheckPath: '/actuator/health/readiness'")
			.contains("value: 'production'");
	}

	/**
	 * Production mode stops at start without the API's issuer and audience (ApiTokens): a
	 * deployment from infra/ must set both, and to the tenant's issuer and the bot's app.
	 */
	@Test
	void theWebAppGetsTheSettingsProductionModeCannotStartWithout() throws IOException {
		String app = Files.readString(INFRA.resolve("modules/app.bicep"));
		String main = Files.readString(INFRA.resolve("main.bicep"));

		for (String[] setting : new String[][] { { "HANDOVER_API_ISSUER_URI", "apiIssuer" },
				{ "HANDOVER_API_AUDIENCE", "apiAudience" }, { "MicrosoftAppId", "botAppId" },
				{ "MicrosoftAppTenantId", "tenantId" } }) {
			assertThat(app).as(setting[0]).containsPattern("name: '" + setting[0] + "'\\s+value: " + setting[1]);
		}
		assertThat(main).contains(
				"apiIssuer: empty(apiIssuer) ? '${environment().authentication.loginEndpoint}${tenantId}/v2.0' : apiIssuer")
			.contains("apiAudience: empty(apiAudience) ? botAppId : apiAudience");
	}

	@Test
	void bracketsAndQuotesAreBalanced() throws IOException {
		for (Path file : bicepFiles()) {
			String code = withoutCommentsAndStrings(read(file));
			for (String pair : new String[] { "{}", "[]", "()" }) {
				long open = code.chars().filter(c -> c == pair.charAt(0)).count();
				long close = code.chars().filter(c -> c == pair.charAt(1)).count();
				assertThat(open).as("%s in %s", pair, file).isEqualTo(close);
			}
		}
	}

	record Param(String name, String type, String defaultValue, List<String> decorators) {
	}

	/** Top-level parameters with the decorators written above each. */
	static Map<String, Param> params(Path file) throws IOException {
		Map<String, Param> params = new LinkedHashMap<>();
		List<String> decorators = new ArrayList<>();
		int depth = 0;
		for (String raw : Files.readAllLines(file)) {
			String line = raw.strip();
			if (depth == 0 && line.startsWith("@")) {
				decorators.add(line);
			}
			else if (depth == 0 && line.startsWith("param ")) {
				Matcher param = PARAM.matcher(line);
				assertThat(param.matches()).as("parameter line in %s: %s", file, line).isTrue();
				params.put(param.group(1),
						new Param(param.group(1), param.group(2), param.group(4), List.copyOf(decorators)));
				decorators.clear();
			}
			else if (depth == 0 && !line.isEmpty() && !line.startsWith("//")) {
				decorators.clear();
			}
			depth += count(withoutCommentsAndStrings(line), '{') + count(withoutCommentsAndStrings(line), '[')
					- count(withoutCommentsAndStrings(line), '}') - count(withoutCommentsAndStrings(line), ']');
		}
		return params;
	}

	private static Map<String, String> modules(String main) {
		Map<String, String> modules = new LinkedHashMap<>();
		for (String line : main.split("\n")) {
			Matcher module = MODULE.matcher(line.strip());
			if (module.find()) {
				modules.put(module.group(1), module.group(2));
			}
		}
		return modules;
	}

	/** The keys of the {@code params: { ... }} block of one module call. */
	private static Set<String> passedParams(String main, String module) {
		int start = main.indexOf("module " + module + " ");
		int block = main.indexOf("params: {", start);
		Set<String> names = new LinkedHashSet<>();
		int depth = 0;
		for (String line : main.substring(block + "params: ".length()).split("\n")) {
			String code = withoutCommentsAndStrings(line);
			if (depth == 1 && line.strip().matches("\\w+:.*")) {
				names.add(line.strip().substring(0, line.strip().indexOf(':')));
			}
			depth += count(code, '{') + count(code, '[') - count(code, '}') - count(code, ']');
			if (depth == 0) {
				break;
			}
		}
		return names;
	}

	private static String withoutCommentsAndStrings(String code) {
		return code.replaceAll("'(\\\\'|[^'])*'", "''").replaceAll("//.*", "");
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	private static List<Path> bicepFiles() throws IOException {
		try (Stream<Path> files = Files.walk(INFRA)) {
			return files.filter(file -> file.toString().endsWith(".bicep")).sorted().toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
