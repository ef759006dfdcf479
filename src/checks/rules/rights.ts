/**
 * The rights a policy must give with a way to use them, and a complaint channel
 * (TC260-PG-20202A 1.5 i and j; PIPL arts. 15, 44-47).
 */
import type { Rule } from '../types.js';
import { sectionsOf, wholeDocument } from './common.js';

/** The five rights every Chinese policy must offer, with the article each rests on. */
export const REQUIRED_RIGHTS: readonly { id: string; en: string; zh: string; refs: string[] }[] = [
  { id: 'right.access', en: 'access (look up) personal information', zh: '查询（查阅）个人信息', refs: ['PIPL art. 45', 'TC260-PG-20202A 1.5 i'] },
  { id: 'right.correction', en: 'correct personal information', zh: '更正个人信息', refs: ['PIPL art. 46', 'TC260-PG-20202A 1.5 i'] },
  { id: 'right.deletion', en: 'delete personal information', zh: '删除个人信息', refs: ['PIPL art. 47', 'TC260-PG-20202A 1.5 i'] },
  { id: 'right.account_deletion', en: 'delete (deregister) the account', zh: '注销账号', refs: ['App-191 6.1', 'TC260-PG-20202A 1.5 i'] },
  { id: 'right.withdraw_consent', en: 'withdraw consent', zh: '撤回同意（授权）', refs: ['PIPL art. 15', 'App-191 3.8', 'TC260-PG-20202A 1.5 i'] },
];

export const RIGHTS_RULES: readonly Rule[] = [
  {
    id: 'rights.missing',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['TC260-PG-20202A 1.5 i'],
    description: 'one of access, correction, deletion, account deletion, withdrawal of consent is not offered',
    check: (r) => {
      const have = new Set(r.rights.map((x) => x.id));
      const searched = wholeDocument(r, ['rights']);
      return REQUIRED_RIGHTS.filter((x) => !have.has(x.id)).map((x) => ({
        subject: x.id,
        message: { en: `The policy does not say how users can ${x.en}.`, zh: `隐私政策未说明用户如何${x.zh}。` },
        evidence: [],
        searched,
      }));
    },
  },
  {
    id: 'complaint.missing',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['App-191 6.5', 'TC260-PG-20202A 1.5 j'],
    description: 'no channel for complaints or reports (e-mail, phone, online form...)',
    check: (r) => {
      const complaintRight = r.rights.find((x) => x.id === 'right.complaint');
      const channel = r.contacts.emails.length > 0 || r.contacts.phones.length > 0;
      if (complaintRight || channel) return [];
      return [{
        subject: 'right.complaint',
        message: { en: 'The policy gives no channel for complaints or reports.', zh: '隐私政策未公布个人信息安全投诉、举报渠道。' },
        evidence: [],
        searched: sectionsOf(r, ['contact', 'rights']),
      }];
    },
  },
];
