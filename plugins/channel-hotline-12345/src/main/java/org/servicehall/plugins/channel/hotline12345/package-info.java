/**
 * The 12345 government hotline as a channel: work orders (工单) arrive as signed JSON and become
 * complaints; sign-for, returns and results go back as signed JSON pushes. One Declarative
 * Services component; nothing exported.
 */
package org.servicehall.plugins.channel.hotline12345;
