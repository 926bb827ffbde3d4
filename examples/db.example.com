; example.com: mail is meant to pass through the vqNow filtering service first.
; The backup MX at preference 20 is run by another operator: spammers who send
; straight to it skip the filter. MX Guard flags it (rule backup-mx).
$ORIGIN example.com.
$TTL 1h

@       IN  SOA  ns1.example.com. hostmaster.example.com. (
                 2026112801 ; serial
                 2h         ; refresh
                 30m        ; retry
                 2w         ; expire
                 5m )       ; negative-answer TTL
        IN  NS   ns1.example.com.
        IN  NS   ns2.example.net.

; Inbound mail: the filtering service, then a backup outside it.
        IN  MX   10 mx1.vqnow.com.
        IN  MX   20 rescue.mx.dnspark.net.

        IN  TXT  "v=spf1 include:spf.vqnow.com -all"
_dmarc  IN  TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"

ns1     IN  A     192.0.2.53
www     IN  A     192.0.2.80
        IN  AAAA  2001:db8::80
mail    IN  A     192.0.2.25   ; the mail server behind the filter
