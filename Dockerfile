# ServiceHall on Open Liberty, following the Open Liberty image conventions (kernel-slim base,
# features.sh installs the features server.xml names, configure.sh finishes the image).
#
#   mvn -DskipTests package      # builds server/target/servicehall.war and the Liberty server
#   docker build -t servicehall .
#   docker run -p 9080:9080 -v servicehall-data:/opt/ol/wlp/output/defaultServer/data servicehall
#
# Not built in this project's CI: its machine has no Docker engine and no image registry.
FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi-minimal

COPY --chown=1001:0 config/liberty/server.xml config/liberty/users.xml config/liberty/jvm.options config/liberty/bootstrap.properties /config/
RUN features.sh

# The embedded database driver, as a shared library (server.xml: derbyLib).
COPY --chown=1001:0 server/target/liberty/wlp/usr/shared/resources/derby/ /opt/ol/wlp/usr/shared/resources/derby/
# The default plugins; mount a volume on /config/plugins to manage plugins outside the image.
COPY --chown=1001:0 server/target/plugins/ /config/plugins/
COPY --chown=1001:0 server/target/servicehall.war /config/apps/

# The PDFs (case file, monthly report) embed a CJK font found on the system (servicehall.pdf.font
# names one); this image has none, so Chinese falls back to the reader's STSong-Light. Mount or
# install Noto Sans CJK and set servicehall.pdf.font to embed it.
# The Derby database and the plugin cache live here (server.xml: servicehall.data.dir).
VOLUME /opt/ol/wlp/output/defaultServer/data

EXPOSE 9080 9443
RUN configure.sh
