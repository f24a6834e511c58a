# ServiceHall on Open Liberty, following the Open Liberty image conventions (kernel-slim base,
# features.sh installs the features server.xml names, configure.sh finishes the image).
#
#   mvn -B -DskipTests verify    # the WAR, the default plugins and both JDBC drivers under server/target
#   docker build -t servicehall .
#   docker run -p 443:9443 \
#     -e SERVICEHALL_DB_HOST=db.hall.example -e SERVICEHALL_DB_PASSWORD='<the database password>' \
#     -e SERVICEHALL_ADMIN_USER=it.lead -e SERVICEHALL_ADMIN_PASSWORD='<a password you chose>' \
#     -e SERVICEHALL_TLS_KEYSTORE=/config/tls/servicehall.p12 -e SERVICEHALL_TLS_KEYSTORE_PASSWORD='<its password>' \
#     -v /etc/servicehall/tls:/config/tls:ro \
#     -v servicehall-data:/opt/ol/wlp/output/defaultServer/data servicehall
#
# The image is a deployed server, not the demo: no demo users and no demo directory, signed
# plugins only, no OpenAPI UI, HTTPS only (the keystore from the environment), and no staff
# account until the operator names the first administrator or the organisation's directory in the
# environment (config/liberty/production/). Secrets and other settings come from the environment
# too, e.g. SERVICEHALL_CHANNEL_HOTLINE_12345_SECRET for servicehall.channel.hotline-12345.secret
# (README: Production, Security).
#
# Not built in this project's CI: its machine has no Docker engine and no image registry.
# The base image is pinned to an Open Liberty release with the fixes published after 26.0.0.3
# (which development and the tests use); move it to each newer release.
FROM icr.io/appcafe/open-liberty:26.0.0.8-kernel-slim-java17-openj9-ubi-minimal

COPY --chown=1001:0 config/liberty/server.xml config/liberty/jvm.options config/liberty/bootstrap.properties /config/
# The data source of each database; SERVICEHALL_DB in the environment picks one: PostgreSQL for a
# deployed hall, `-e SERVICEHALL_DB=derby` for a small single server. Set here, in the environment,
# because server.xml includes the data-source file before it reads configDropins.
COPY --chown=1001:0 config/liberty/db/ /config/db/
# One server or several (SERVICEHALL_NODES=several, README "Several servers").
COPY --chown=1001:0 config/liberty/nodes/ /config/nodes/
ENV SERVICEHALL_DB=postgresql
COPY --chown=1001:0 config/liberty/production/servicehall-production.xml /config/configDropins/overrides/
# The staff registries the production configuration chooses from (SERVICEHALL_REGISTRY=basic | ldap).
COPY --chown=1001:0 config/liberty/production/registry/ /config/registry/
RUN features.sh

# The JDBC drivers, as shared libraries (config/liberty/db: derbyLib, postgresqlLib).
COPY --chown=1001:0 server/target/liberty/wlp/usr/shared/resources/derby/ /opt/ol/wlp/usr/shared/resources/derby/
COPY --chown=1001:0 server/target/liberty/wlp/usr/shared/resources/postgresql/ /opt/ol/wlp/usr/shared/resources/postgresql/
# The default plugins, in the plugin folder server.xml names (/config/plugins). Signing is on, and
# a jar in the folder starts only if the host placed it there (plugins-admin/admitted.properties:
# file name = SHA-256): the image's own plugins are admitted here, as the build made them; later
# plugins come through the upload with a signature from the trust store. Mount volumes on
# /config/plugins and /config/plugins-admin together to manage plugins outside the image.
COPY --chown=1001:0 server/target/plugins/ /config/plugins/
RUN mkdir -p /config/plugins-admin && cd /config/plugins \
    && for jar in *.jar; do printf '%s=%s\n' "$jar" "$(sha256sum "$jar" | cut -d ' ' -f 1)"; done \
       > /config/plugins-admin/admitted.properties
COPY --chown=1001:0 server/target/servicehall.war /config/apps/

# The PDFs (case file, monthly report) embed a CJK font found on the system (servicehall.pdf.font
# names one); this image has none, so Chinese falls back to the reader's STSong-Light. Mount or
# install Noto Sans CJK and set servicehall.pdf.font to embed it.
# The Derby database and the plugin cache live here (server.xml: servicehall.data.dir).
VOLUME /opt/ol/wlp/output/defaultServer/data

# HTTPS only: 9080 stays closed unless DEFAULT_HTTP_PORT opens it (behind a TLS proxy).
EXPOSE 9443
RUN configure.sh
