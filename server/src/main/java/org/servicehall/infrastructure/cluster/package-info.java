/**
 * What several servers on one database need to tell themselves apart and to keep each other
 * informed: the node's identity, and the events relayed through the database to every server's screens.
 */
package org.servicehall.infrastructure.cluster;
