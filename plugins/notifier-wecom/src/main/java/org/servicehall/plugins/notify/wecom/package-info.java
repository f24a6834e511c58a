/**
 * A duty group as a notifier: the supervisors' alerts, supervision (督办) and plugin failures of the
 * hall's outbox are posted through the group robot webhook of WeCom (企业微信) or DingTalk (钉钉), as
 * Chinese public offices alert their duty staff. One Declarative Services component; JSON-P
 * (Eclipse Parsson) is embedded; nothing exported.
 */
package org.servicehall.plugins.notify.wecom;
