/**
 * SMS for the hall's notifications: SMPP 3.4 to an SMS centre (jSMPP with SLF4J, embedded) or a
 * cloud SMS service's signed template API (JSON-P with Eclipse Parsson, embedded), chosen by a
 * setting. One Declarative Services component that references the host's notifier context;
 * nothing exported.
 */
package org.servicehall.plugins.notify.sms;
