# syntax=docker/dockerfile:1
# LaserTag CRM as a container: docker build -t lasertag-crm . ; see README "Operating it".

# ---- build: the tests-skipped package of the fat jar -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Maven's repository is a BuildKit cache mount: dependencies are downloaded once and kept across builds, whatever
# changed. (dependency:go-offline on the poms alone does not work here: the modules depend on each other's
# SNAPSHOT jars and test-jars, which no repository has.)
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \
    && cp crm-app/target/crm-app.jar /crm-app.jar

# ---- run: a JRE, the jar, a non-root user ----------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# A fixed uid/gid, so that a bind-mounted /data can be chown'ed to it on the host (chown 10001:10001 DIR).
# (Not 1000: the Ubuntu base image already has a user "ubuntu" with that uid.)
ARG CRM_UID=10001
RUN groupadd --system --gid "${CRM_UID}" lasertag-crm \
    && useradd --system --uid "${CRM_UID}" --gid lasertag-crm --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin lasertag-crm \
    && mkdir -p /data /opt/lasertag-crm \
    && chown lasertag-crm:lasertag-crm /data
WORKDIR /opt/lasertag-crm
COPY --from=build /crm-app.jar /opt/lasertag-crm/crm-app.jar
COPY deploy/cds-archive /opt/lasertag-crm/cds-archive
# The class-data-sharing archive halves the time to the first poll. It is made here, in the runtime stage, because
# an archive fits only the JVM that wrote it (the build stage's JDK is another build of Java 17), by a training run
# in sandbox mode with the JVM options of the ENTRYPOINT below (kept in step with ./run).
RUN ["/opt/lasertag-crm/cds-archive", "/opt/lasertag-crm/crm-app.jar", "/opt/lasertag-crm/crm-app.jsa", \
     "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-XX:TieredStopAtLevel=1", \
     "-Xlog:disable", "-Xlog:all=warning:stderr"]

# SQLite in the volume by default; CRM_DB_URL=jdbc:postgresql:... for PostgreSQL. Inside a container the webhook
# listens on every interface of the container (publish it as -p 127.0.0.1:8443:8443 behind a reverse proxy).
ENV CRM_DB_URL=jdbc:sqlite:/data/crm.db \
    CRM_WEBHOOK_HOST=0.0.0.0 \
    LANG=C.UTF-8
VOLUME ["/data"]
# 8443: the webhook (CRM_WEBHOOK_PORT). 8080: the sandbox's default port; the sandbox listens on the container's
# loopback only (use ./run to try it), so 8080 serves nothing outside yet.
EXPOSE 8080 8443
USER lasertag-crm:lasertag-crm

# Health: with CRM_HEALTH_PORT set (e.g. -e CRM_HEALTH_PORT=8081), the check asks /health on the container's
# loopback: 503 (the database unreachable, polling stalled) marks the container unhealthy. Without it the check only
# says the container runs (as without a HEALTHCHECK). curl is part of eclipse-temurin.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD if [ -z "${CRM_HEALTH_PORT:-}" ]; then exit 0; fi; curl -fsS -o /dev/null "http://127.0.0.1:${CRM_HEALTH_PORT}/health" || exit 1

# SIGTERM: the update in hand is finished and confirmed, the database closed (give docker stop -t 30 on a slow disk).
STOPSIGNAL SIGTERM
# The JVM is PID 1 and gets the signal itself. JDK_JAVA_OPTIONS adds options (e.g. -e JDK_JAVA_OPTIONS=-Xmx256m).
ENTRYPOINT ["java", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-XX:TieredStopAtLevel=1", \
            "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:SharedArchiveFile=/opt/lasertag-crm/crm-app.jsa", \
            "-jar", "/opt/lasertag-crm/crm-app.jar"]
