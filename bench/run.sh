#!/bin/sh
# The performance benchmark (issue 8): builds the service jar and the bench, then runs it.
# Options are passed on to io.handover.bench.Bench, e.g. --results bench/RESULTS.md --scale.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q -f bench/echo/pom.xml package -DskipTests
./mvnw -B -q -f bench/pom.xml package dependency:copy-dependencies -DoutputDirectory=target/dependency
exec java -Xmx512m -cp "bench/target/classes:bench/target/dependency/*" io.handover.bench.Bench "$@"
