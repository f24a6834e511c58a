/**
 * The Open311 GeoReport v2 API as a channel: service discovery, the service list and service
 * definitions generated from the installed categories, creating requests with an api_key and
 * querying them, in XML and JSON, errors in the specification's format. One Declarative Services
 * component; nothing exported.
 */
package org.servicehall.plugins.channel.open311;
