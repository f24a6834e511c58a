/**
 * The WeChat official account (微信公众号) as a channel: the platform's message push in plaintext
 * mode, signed with the account's token; text messages file complaints or ask for their status,
 * answered with passive reply XML. One Declarative Services component; nothing exported.
 */
package org.servicehall.plugins.channel.wechat;
