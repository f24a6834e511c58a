/**
 * What several servers on one database need to tell themselves apart and to keep each other
 * informed: the node's identity.
 */
package org.servicehall.infrastructure.cluster;
