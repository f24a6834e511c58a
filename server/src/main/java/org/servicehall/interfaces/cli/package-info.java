/**
 * Commands that IT staff run on a hall's server machine with the server stopped (bin/), outside
 * Liberty: they use the server's classes and the JDBC drivers of the build.
 */
package org.servicehall.interfaces.cli;
