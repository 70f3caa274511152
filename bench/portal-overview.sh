#!/bin/sh
# The overview at scale (issue 22): 100,000 employees, 300,000 assets and
# 2,000 open tickets written in bulk straight into a fresh embedded H2 file store, then
# GET /api/portal/overview timed against GET /api/departments in the same run. Options: --employees N,
# --assets N, --assignments 1 (also write each asset's assignment), --tickets N, --requests N. See bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dhandover.portal.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/portal-overview.classpath -Dmdep.includeScope=test
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
# the production JVM settings (README, infra/modules/app.bicep), but a larger heap: the bench's
# generator and its HTTP client share the JVM with the service (set HEAP to change it)
java -Xmx${HEAP:-1536m} -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
  -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1 \
  -cp "target/test-classes:target/classes:$(cat target/portal-overview.classpath)" \
  io.handover.portal.PortalOverviewBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
