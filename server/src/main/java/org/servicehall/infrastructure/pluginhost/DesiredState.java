package org.servicehall.infrastructure.pluginhost;

/** What IT wants of a plugin on every server. */
public enum DesiredState { RUNNING, STOPPED, REMOVED }
