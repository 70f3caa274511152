package io.handover.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.UnixServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 24, finding 1a: the embedded store (mongo-java-server, which has no
 * authentication) is reached over a Unix domain socket in a folder only the service's
 * user may enter (0700, the socket 0600), not over a loopback TCP port that every local
 * process, of any user, could connect to. The driver still speaks the real wire protocol
 * to it. Where Unix domain sockets are not available, it falls back to loopback TCP and
 * says so with a warning.
 */
class EmbeddedStoreSocketTests {

	private static final Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions
		.fromString("rwx------");

	private static final Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_SOCKET = PosixFilePermissions
		.fromString("rw-------");

	@TempDir
	Path folder;

	// --- refusals first

	@Test
	void theStoreOpensNoTcpPortAndItsSocketAndFolderAreTheOwnersOnly() throws IOException {
		ProcessSockets.require(ProcessSockets.readable(), "reads this process's sockets from /proc (Linux)");
		// the check sees a port this process listens on
		try (ServerSocket control = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThat(ProcessSockets.listeningTcpPorts()).contains(control.getLocalPort());
		}
		Set<Integer> before = ProcessSockets.listeningTcpPorts();

		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"))) {
			Set<Integer> opened = ProcessSockets.listeningTcpPorts();
			opened.removeAll(before);
			assertThat(opened).as("TCP ports the store opened").isEmpty();

			Path socket = store.socket();
			assertThat(socket).isEqualTo(this.folder.resolve("handover.mv.sock.d").resolve("store.sock"));
			assertThat(Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
				.as("a socket, not a file")
				.isTrue();
			assertThat(Files.getPosixFilePermissions(socket.getParent(), LinkOption.NOFOLLOW_LINKS))
				.isEqualTo(OWNER_ONLY_FOLDER);
			assertThat(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)).isEqualTo(OWNER_ONLY_SOCKET);
			assertThat(store.connectionString()).startsWith("mongodb://%2F").endsWith("store.sock");
		}
	}

	/**
	 * Another user of the machine cannot connect, though the data folder is open to all
	 * (only the socket's own folder keeps them out). Needs root (to act as nobody),
	 * setpriv and python3; a control shows that user does connect to an open socket.
	 */
	@Test
	void anotherUserOfTheMachineCannotConnect() throws Exception {
		ProcessSockets.require(ProcessSockets.canActAsNobody(), "acts as user nobody: needs root, setpriv, python3");
		Path shared = Files.createTempDirectory("handover-shared-");
		try {
			Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
			Path open = shared.resolve("open.sock");
			try (ServerSocketChannel control = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
				control.bind(UnixDomainSocketAddress.of(open));
				Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
				assertThat(ProcessSockets.connectAsNobody(open)).as("the control: nobody reaches an open socket")
					.isEqualTo("connected");
			}
			try (EmbeddedMongo store = EmbeddedMongo.onFile(shared.resolve("handover.mv"))) {
				assertThat(ProcessSockets.connectAsNobody(store.socket())).isEqualTo("PermissionError");
			}
		}
		finally {
			deleteRecursively(shared);
		}
	}

	@Test
	void aSocketFolderThatIsALinkIsRefusedAndTheStoreFileIsLeftUsable() throws IOException {
		Path elsewhere = Files.createDirectory(this.folder.resolve("elsewhere"));
		Files.createSymbolicLink(this.folder.resolve("handover.mv.sock.d"), elsewhere);

		assertThatThrownBy(() -> EmbeddedMongo.onFile(this.folder.resolve("handover.mv")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("handover.mv.sock.d")
			.hasMessageContaining("symbolic link");
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(elsewhere)) {
			assertThat(entries).as("nothing created through the link").isEmpty();
		}

		// the H2 file was released: it opens again once the link is gone
		Files.delete(this.folder.resolve("handover.mv.sock.d"));
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertThat(client.getDatabase("handover").getCollection("probe").countDocuments()).isZero();
		}
	}

	@Test
	void anExistingSocketFolderOpenToOthersIsClosedToThem() throws IOException {
		Path socketFolder = Files.createDirectory(this.folder.resolve("handover.mv.sock.d"));
		Files.setPosixFilePermissions(socketFolder, PosixFilePermissions.fromString("rwxrwxrwx"));

		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"))) {
			assertThat(store.socket().getParent()).isEqualTo(socketFolder);
			assertThat(Files.getPosixFilePermissions(socketFolder, LinkOption.NOFOLLOW_LINKS))
				.isEqualTo(OWNER_ONLY_FOLDER);
		}
	}

	// --- the store works over its socket

	@Test
	void theDriverSpeaksTheWireProtocolOverTheSocket() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString() + "/handover")) {
			assertThat(new ConnectionString(store.connectionString()).getHosts())
				.containsExactly(store.socket().toString());
			MongoCollection<Document> tickets = client.getDatabase("handover").getCollection("tickets");
			tickets.insertOne(new Document("_id", "JML-0001").append("state", "open"));
			assertThat(tickets.find().first()).containsEntry("state", "open");
			assertThat(client.getClusterDescription().getServerDescriptions())
				.allSatisfy(server -> assertThat(server.getAddress()).isInstanceOf(UnixServerAddress.class));
		}
	}

	@Test
	void aSocketLeftByAKilledProcessIsReplaced() throws IOException {
		Path socketFolder = Files.createDirectory(this.folder.resolve("handover.mv.sock.d"));
		Path stale = socketFolder.resolve("store.sock");
		try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			killed.bind(UnixDomainSocketAddress.of(stale));
		}
		assertThat(stale).as("closing leaves the file behind, as a kill does").exists();

		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients.create(store.connectionString())) {
			client.getDatabase("handover").getCollection("tickets").insertOne(new Document("_id", "JML-0002"));
			assertThat(client.getDatabase("handover").getCollection("tickets").countDocuments()).isOne();
		}
		assertThat(stale).as("removed when the store stops").doesNotExist();
	}

	@Test
	void anOutageRemovesTheSocketAndTheStoreListensAgainOnTheSamePath() {
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"));
				MongoClient client = MongoClients
					.create(store.connectionString() + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000")) {
			MongoCollection<Document> tickets = client.getDatabase("handover").getCollection("tickets");
			tickets.insertOne(new Document("_id", "JML-0003"));
			Path socket = store.socket();

			store.stopListening();
			assertThat(socket).doesNotExist();
			assertThatThrownBy(() -> tickets.insertOne(new Document("_id", "JML-0004")))
				.isInstanceOf(MongoException.class);

			store.listenAgain();
			assertThat(store.socket()).isEqualTo(socket);
			assertThat(socket).exists();
			try {
				assertThat(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS))
					.isEqualTo(OWNER_ONLY_SOCKET);
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
			tickets.insertOne(new Document("_id", "JML-0005"));
			assertThat(tickets.countDocuments()).isEqualTo(2);
		}
	}

	@Test
	void aDataFolderTooDeepForASocketPathUsesAPrivateTemporaryFolder() throws IOException {
		Path deep = this.folder;
		while (deep.toString().length() < 120) {
			deep = deep.resolve("a-folder-deep-down");
		}
		Path file = deep.resolve("handover.mv");
		Path socket;
		try (EmbeddedMongo store = EmbeddedMongo.onFile(file);
				MongoClient client = MongoClients.create(store.connectionString())) {
			socket = store.socket();
			assertThat(socket.getParent()).isNotEqualTo(file.resolveSibling("handover.mv.sock.d"));
			assertThat(Files.getPosixFilePermissions(socket.getParent(), LinkOption.NOFOLLOW_LINKS))
				.isEqualTo(OWNER_ONLY_FOLDER);
			assertThat(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)).isEqualTo(OWNER_ONLY_SOCKET);
			client.getDatabase("handover").getCollection("tickets").insertOne(new Document("_id", "JML-0006"));
		}
		assertThat(socket.getParent()).as("the temporary folder goes when the store stops").doesNotExist();
	}

	@Test
	void theStoreInMemoryListensInAPrivateTemporaryFolderRemovedAtClose() throws IOException {
		Path socket;
		try (EmbeddedMongo store = EmbeddedMongo.inMemory();
				MongoClient client = MongoClients.create(store.connectionString())) {
			socket = store.socket();
			assertThat(Files.getPosixFilePermissions(socket.getParent(), LinkOption.NOFOLLOW_LINKS))
				.isEqualTo(OWNER_ONLY_FOLDER);
			assertThat(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)).isEqualTo(OWNER_ONLY_SOCKET);
			client.getDatabase("handover").getCollection("tickets").insertOne(new Document("_id", "JML-0007"));
			assertThat(client.getDatabase("handover").getCollection("tickets").countDocuments()).isOne();
		}
		assertThat(socket.getParent()).doesNotExist();
	}

	// --- where Unix domain sockets are not available

	@Test
	void withoutUnixDomainSocketsTheStoreFallsBackToLoopbackTcpAndWarns() {
		assertThat(EmbeddedMongo.Listening.forPlatform("Linux", true)).isEqualTo(EmbeddedMongo.Listening.SOCKET);
		assertThat(EmbeddedMongo.Listening.forPlatform("Mac OS X", true)).isEqualTo(EmbeddedMongo.Listening.SOCKET);
		assertThat(EmbeddedMongo.Listening.forPlatform("Windows 11", true))
			.isEqualTo(EmbeddedMongo.Listening.LOOPBACK_TCP);
		assertThat(EmbeddedMongo.Listening.forPlatform("Linux", false))
			.as("without jnr-unixsocket the driver cannot reach a socket")
			.isEqualTo(EmbeddedMongo.Listening.LOOPBACK_TCP);
		assertThat(EmbeddedMongo.Listening.forThisPlatform()).as("this machine")
			.isEqualTo(EmbeddedMongo.Listening.SOCKET);

		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory
			.getLogger(EmbeddedMongo.class);
		ListAppender<ILoggingEvent> seen = new ListAppender<>();
		seen.start();
		logger.addAppender(seen);
		try (EmbeddedMongo store = EmbeddedMongo.onFile(this.folder.resolve("handover.mv"),
				EmbeddedMongo.Listening.LOOPBACK_TCP);
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertThat(store.connectionString()).startsWith("mongodb://127.0.0.1:");
			assertThat(store.socket()).isNull();
			client.getDatabase("handover").getCollection("tickets").insertOne(new Document("_id", "JML-0008"));
			assertThat(client.getDatabase("handover").getCollection("tickets").countDocuments()).isOne();
		}
		finally {
			logger.detachAppender(seen);
		}
		assertThat(seen.list).filteredOn(event -> event.getLevel() == Level.WARN)
			.extracting(ILoggingEvent::getFormattedMessage)
			.anySatisfy(message -> assertThat(message).contains("loopback TCP")
				.contains("any local process")
				.contains("MONGODB_URI"));
	}

	// --- helpers

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
				for (Path entry : entries) {
					deleteRecursively(entry);
				}
			}
		}
		Files.deleteIfExists(path);
	}

}
