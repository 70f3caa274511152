package io.handover.system;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * mongo-java-server's wire protocol served on a Unix domain socket or a TCP address.
 * mongo-java-server's own {@code MongoServer} binds TCP only (its bootstrap names
 * {@code NioServerSocketChannel} and its channel initializer takes TCP channels), so this
 * is its bootstrap with the same pipeline (reply and message encoders, the protocol's
 * frame decoder, the database handler, the exception handler) on either channel: for a
 * domain socket Netty's NIO transport on the JDK's own Unix domain sockets (JDK 16+, no
 * native library). Closing it stops listening, drops every client, stops its threads and
 * closes the backend, as {@code MongoServer#shutdownNow} does; closing the domain
 * socket's channel removes the socket file.
 */
final class StoreListener implements AutoCloseable {

	private final MongoBackend backend;

	private final EventLoopGroup boss;

	private final EventLoopGroup workers;

	private final ChannelGroup clients;

	private final Channel channel;

	private StoreListener(MongoBackend backend, SocketAddress address) {
		this.backend = backend;
		this.boss = new MultiThreadIoEventLoopGroup(1, new MongoThreadFactory("mongo-server-boss"),
				NioIoHandler.newFactory());
		this.workers = new MultiThreadIoEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"),
				NioIoHandler.newFactory());
		this.clients = new DefaultChannelGroup("mongodb-channels", this.workers.next());
		boolean socket = address instanceof UnixDomainSocketAddress;
		ServerBootstrap bootstrap = new ServerBootstrap().group(this.boss, this.workers)
			.channel(socket ? NioServerDomainSocketChannel.class : NioServerSocketChannel.class)
			.option(ChannelOption.SO_BACKLOG, 100)
			.localAddress(address)
			.childHandler(new ChannelInitializer<Channel>() {

				@Override
				protected void initChannel(Channel client) {
					client.pipeline()
						.addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
								new MongoWireProtocolHandler(),
								new MongoDatabaseHandler(backend, StoreListener.this.clients),
								new MongoExceptionHandler());
				}

			});
		if (!socket) {
			bootstrap.childOption(ChannelOption.TCP_NODELAY, true);
		}
		try {
			this.channel = bootstrap.bind().syncUninterruptibly().channel();
		}
		catch (RuntimeException ex) {
			stopThreads();
			throw ex;
		}
	}

	/**
	 * Listens on the address: a {@link UnixDomainSocketAddress} (the socket file must not
	 * exist) or an {@link InetSocketAddress}.
	 */
	static StoreListener bind(MongoBackend backend, SocketAddress address) {
		return new StoreListener(backend, address);
	}

	/** Where it listens (a TCP address with the port the system chose). */
	SocketAddress address() {
		return this.channel.localAddress();
	}

	@Override
	public void close() {
		this.channel.close().syncUninterruptibly();
		this.clients.close().syncUninterruptibly();
		stopThreads();
		this.backend.close();
	}

	private void stopThreads() {
		this.boss.shutdownGracefully(0, 5, java.util.concurrent.TimeUnit.SECONDS);
		this.workers.shutdownGracefully(0, 5, java.util.concurrent.TimeUnit.SECONDS);
		this.boss.terminationFuture().syncUninterruptibly();
		this.workers.terminationFuture().syncUninterruptibly();
	}

}
