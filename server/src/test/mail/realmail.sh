#!/usr/bin/env bash
# Starts (or stops) a Postfix and a Dovecot of their own for RealMailServerIT: configuration, spool,
# mailboxes and logs all under DIR, listening on 127.0.0.1 only, on the ports given; no system
# service is touched. Run as root (Postfix's master must be), as CI does.
#   realmail.sh start DIR IMAP_PORT IMAPS_PORT SMTP_PORT
#   realmail.sh stop DIR
set -euo pipefail
action=$1 dir=$(realpath -m "$2")
export PATH=/usr/sbin:/usr/bin:/sbin:/bin

# Waits until a process has ended (its ports are free again), at most 10 s.
await_end() {
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
}

if [ "$action" = stop ]; then
  postfix_pid=$(tr -d ' ' < "$dir/queue/pid/master.pid" 2>/dev/null || true)
  postfix -c "$dir/postfix" stop >/dev/null 2>&1 || true
  if [ -n "$postfix_pid" ]; then await_end "$postfix_pid"; fi
  if [ -f "$dir/dovecot/run/master.pid" ]; then
    dovecot_pid=$(cat "$dir/dovecot/run/master.pid")
    kill "$dovecot_pid" 2>/dev/null || true
    await_end "$dovecot_pid"
  fi
  exit 0
fi

imap=$3 imaps=$4 smtp=$5
# What an interrupted earlier run left running in this folder is stopped first.
if [ -d "$dir/postfix" ]; then "$0" stop "$dir"; fi
uid=$(id -u nobody) gid=$(getent group nogroup | cut -d: -f3)
rm -rf "$dir"
mkdir -p "$dir"/{postfix,queue,data,vmail,dovecot/run,dovecot/state,tls}
chmod 755 "$dir" "$dir/vmail"
chown "$uid:$gid" "$dir/vmail"
chown postfix "$dir/data"

# A certificate for 127.0.0.1 made for this run: the test trusts it through tls.truststore.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$dir/tls/key.pem" -out "$dir/tls/cert.pem" >/dev/null 2>&1
chmod 600 "$dir/tls/key.pem"

# Mailboxes: the hall's, and two citizens'; any other address in these domains is unknown (550 5.1.1).
cat > "$dir/vmailbox" <<MAPS
hall@hall.test hall/Maildir/
li.lei@citizen.test li.lei/Maildir/
han.meimei@citizen.test han.meimei/Maildir/
MAPS
cat > "$dir/dovecot/users" <<USERS
hall:{PLAIN}it-mail-secret:$uid:$gid::$dir/vmail/hall
li.lei:{PLAIN}citizen-secret:$uid:$gid::$dir/vmail/li.lei
han.meimei:{PLAIN}citizen-secret:$uid:$gid::$dir/vmail/han.meimei
USERS

cat > "$dir/postfix/main.cf" <<MAIN
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
mail_owner = postfix
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.hall.test
mydestination =
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
virtual_mailbox_domains = hall.test, citizen.test
virtual_mailbox_base = $dir/vmail
virtual_mailbox_maps = texthash:$dir/vmailbox
virtual_uid_maps = static:$uid
virtual_gid_maps = static:$gid
virtual_minimum_uid = 1
default_transport = error:this test server sends nothing outside
relay_transport = error:this test server sends nothing outside
smtputf8_enable = yes
maillog_file = $dir/postfix.log
maillog_file_prefixes = $dir
alias_maps =
alias_database =
biff = no
MAIN
cat > "$dir/postfix/master.cf" <<MASTER
127.0.0.1:$smtp inet n - n - - smtpd
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
virtual   unix - n n - - virtual
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
showq     unix n - n - - showq
postlog   unix-dgram n - n - 1 postlogd
MASTER

cat > "$dir/dovecot/dovecot.conf" <<CONF
base_dir = $dir/dovecot/run
state_dir = $dir/dovecot/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/tls/cert.pem
ssl_key = <$dir/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n $dir/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%n $dir/dovecot/users
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
service auth {
  unix_listener auth-userdb {
    mode = 0666
  }
}
protocol imap {
  mail_max_userip_connections = 50
}
CONF

postfix -c "$dir/postfix" check >/dev/null
postfix -c "$dir/postfix" start </dev/null >/dev/null 2>&1
dovecot -c "$dir/dovecot/dovecot.conf" </dev/null >/dev/null 2>&1
