#!/bin/sh
# The embedded store soak (issue 25): 100,000 writes of the service's mixes on the embedded H2
# store with its default upkeep, after a baseline of the same writes with compaction off. Options: --writes N,
# --old (the settings before issue 25), --no-baseline, --per-item (disk per employee and per ticket),
# --results bench/RESULTS.md. See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/store-soak.classpath -Dmdep.includeScope=test
# the production JVM settings (README, infra/modules/app.bicep)
exec java -Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
  -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 \
  -cp "target/test-classes:target/classes:$(cat target/store-soak.classpath)" io.handover.system.EmbeddedStoreSoak "$@"
