#!/bin/sh
# App Service start-up command (issue 17): `az webapp config set --startup-file /home/site/wwwroot/startup.sh`,
# with the extracted jar deployed (`java -Djarmode=tools -jar handover-0.1.0-SNAPSHOT.jar extract --destination app`,
# zip app/ and this script). The class-data archive must come from the JDK build that uses it, and App Service
# updates its Java patch release itself: the archive is named after the build, so the first start on a new build
# trains once (a start that stops after the context is refreshed; it connects to the store), later starts map it.
# Java 25 and later: the JDK's AOT cache; Java 17/21: AppCDS. A missing or stale archive only costs start-up time.
set -e
APP=/home/site/wwwroot/app/handover-0.1.0-SNAPSHOT.jar
DIR=/home/cds
mkdir -p "$DIR"
BUILD=$(java -version 2>&1 | md5sum | cut -c1-8)
FEATURE=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ "${FEATURE:-17}" -ge 25 ]; then
  ARCHIVE="$DIR/handover-$BUILD.aot"; TRAIN="-XX:AOTCacheOutput=$ARCHIVE"; USE="-XX:AOTCache=$ARCHIVE"
else
  ARCHIVE="$DIR/handover-$BUILD.jsa"; TRAIN="-XX:ArchiveClassesAtExit=$ARCHIVE"; USE="-XX:SharedArchiveFile=$ARCHIVE"
fi
if [ ! -f "$ARCHIVE" ]; then
  java $JAVA_OPTS $TRAIN -Dspring.context.exit=onRefresh -jar "$APP" || rm -f "$ARCHIVE"
fi
exec java $JAVA_OPTS $USE -jar "$APP"
