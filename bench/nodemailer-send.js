// The Node peer of bench/email-fanout.sh: nodemailer, pooled SMTP (8 connections by default), sending N
// personalised multipart/alternative (text + HTML) messages built from the same parts as Loa's message.
// usage: node nodemailer-send.js HOST PORT N HTML_FILE TEXT_FILE [CONNECTIONS]
// prints one line: "nodemailer N=<n> seconds=<s> rate=<messages/s> failed=<f>"
'use strict';
const fs = require('fs');
const nodemailer = require('nodemailer');

const [host, port, nArg, htmlFile, textFile, connArg] = process.argv.slice(2);
const n = parseInt(nArg, 10);
const connections = parseInt(connArg || '8', 10);
const html = fs.readFileSync(htmlFile, 'utf8');
const text = fs.readFileSync(textFile, 'utf8');
const inFlight = connections * 8; // enough to keep every connection busy without queueing N messages at once

const transport = nodemailer.createTransport({
  host, port: parseInt(port, 10), secure: false, ignoreTLS: true,
  pool: true, maxConnections: connections, maxMessages: Infinity,
});

const address = (i) => `nguoi${String(i).padStart(7, '0')}@so.gov.vn`;
function message(i) {
  const name = `Người thử ${i}`;
  const token = Buffer.from(`ban-tin\n${address(i)}\n${i}`).toString('base64url');
  return {
    from: '"Bản tin CCHC" <bantin@loa.test>',
    to: `"${name}" <${address(i)}>`,
    subject: 'Sơ kết công tác cải cách hành chính năm 2026 và nhiệm vụ trọng tâm năm 2027',
    messageId: `<${i}.bench-bai-dai@loa.test>`,
    list: { id: 'ban-tin.loa.test', unsubscribe: [`http://loa.test/unsubscribe?token=${token}`, 'mailto:bantin@loa.test?subject=unsubscribe'] },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', Precedence: 'bulk' },
    text: `Kính gửi ${name},\n\n` + text,
    html: html.replace(/<body([^>]*)>/i, `<body$1><p>Kính gửi ${name},</p>`),
  };
}

let next = 1, done = 0, failed = 0;
const start = process.hrtime.bigint();
function pump() {
  while (next <= n && next - done - 1 < inFlight) {
    const i = next++;
    transport.sendMail(message(i)).catch((e) => { failed++; if (failed <= 3) console.error(e.message); }).finally(() => {
      done++;
      if (done === n) {
        const s = Number(process.hrtime.bigint() - start) / 1e9;
        console.log(`nodemailer N=${n} seconds=${s.toFixed(3)} rate=${(n / s).toFixed(1)} failed=${failed}`);
        transport.close();
      } else {
        pump();
      }
    });
  }
}
pump();
