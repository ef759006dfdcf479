import { extractPolicy } from '../src/index.js';
import { CORPUS, corpusText, gold } from './helpers/corpus.js';

type GoldRight = { id: string; optional?: boolean };

const ids = (text: string) => extractPolicy(text).rights.map((r) => r.id).sort();

describe('rights on the seed corpus', () => {
  it.each(CORPUS)('%s: every required gold right is found, and nothing outside the gold', (file) => {
    const want = gold<{ rights: GoldRight[] }>(file).rights;
    const got = ids(corpusText(file));
    for (const r of want.filter((w) => !w.optional)) expect(got).toContain(r.id);
    const allowed = new Set(want.map((w) => w.id));
    for (const id of got) expect(allowed).toContain(id);
  });

  it('evidence is the words naming the right', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const rights = extractPolicy(text).rights;
    const forms = (id: string) => rights.find((r) => r.id === id)!.evidence.map((e) => text.slice(e.start, e.end));
    expect(forms('right.deceased')).toEqual(expect.arrayContaining(['逝者近亲属', 'close relatives of the deceased']));
    expect(forms('right.explanation')).toEqual(expect.arrayContaining(['要求作出解释', 'request an explanation']));
    expect(forms('right.copy')).toContain('个人信息副本');
  });

  it('Kaiconn: the account-cancellation menu path is the how', () => {
    const r = extractPolicy(corpusText('kaiconn.zh-en.txt')).rights.find((x) => x.id === 'right.account_deletion')!;
    expect(r.how).toBe('【我的】-【设置管理】-【个人资料】- 【注销账户】');
  });

  it('Cococam: "My > Setting > Cancel account" and the items of the "You can be:" list', () => {
    const rights = extractPolicy(corpusText('cococam.en.txt')).rights;
    expect(rights.find((x) => x.id === 'right.account_deletion')!.how).toBe('My > Setting > Cancel account');
    expect(rights.map((r) => r.id)).toEqual(expect.arrayContaining(['right.restriction', 'right.portability', 'right.objection']));
    // "you may not be able to choose not to receive such messages" is no marketing opt-out.
    expect(rights.map((r) => r.id)).not.toContain('right.unsubscribe');
  });

  it('Jeejio: quoted menu items and the rights listed in one sentence', () => {
    const rights = extractPolicy(corpusText('jeejio.en.txt')).rights;
    expect(rights.find((x) => x.id === 'right.account_deletion')!.how).toBe('Settings > Deactivate Account');
    expect(rights.find((x) => x.id === 'right.unsubscribe')).toBeDefined();
  });

  it('Jooan: the copy right gives the email channel', () => {
    const r = extractPolicy(corpusText('jooan.en.txt')).rights.find((x) => x.id === 'right.copy')!;
    expect(r.how).toBe('rd18@qacctv.com');
  });
});

describe('rights rules', () => {
  it('counts a right the user is given anywhere, in both languages', () => {
    expect(ids('You can unsubscribe from our newsletters at any time.')).toEqual(['right.unsubscribe']);
    expect(ids('您有权获取您的个人信息副本。')).toEqual(['right.copy']);
    expect(ids('如您不愿接收营销短信,您可以回复TD退订。')).toEqual(['right.unsubscribe']);
  });
  it('a Chinese clause and its English translation give the same right', () => {
    const pairs: [string, string, string][] = [
      ['您有权要求我们做出解释。', 'You have the right to ask us to explain.', 'right.explanation'],
      ['五、您的权利\n您有权查阅、更正和补充您的信息。', '5. Your rights\nYou have the right to check, correct and supplement your information.', 'right.access'],
      ['您可以在首次安装App时拒绝接收消息通知。', 'You can refuse to receive message notifications when installing the app.', 'right.unsubscribe'],
      ['如果您认为您的相关权利遭受侵犯，您可通过我们对外公布的联系方式提起投诉、举报。', 'If you think that your relevant rights are violated, you can make complaints and reports through our contact information.', 'right.complaint'],
      ['您可以向网信、公安等监管部门进行投诉或举报。', 'You can complain or report to the regulatory authorities.', 'right.complaint'],
      ['您可以拒绝我们处理您的其他个人信息。', 'You can refuse us to process your other personal information.', 'right.objection'],
      ['五、您的权利\n您有权获取您的个人信息副本。', '5. Your rights\nYou have the right to export your personal information copy.', 'right.copy'],
    ];
    for (const [zh, en, id] of pairs) {
      expect(ids(zh)).toContain(id);
      expect(ids(en)).toContain(id);
    }
  });

  it('a relative or guardian making a request is not the deceased user\'s right', () => {
    const text = 'For the above requests made by your guardians, close relatives, and other authority, you can contact us.';
    expect(ids(text)).not.toContain('right.deceased');
    expect(ids('10. 死者个人信息处理权利')).toContain('right.deceased');
  });

  it('a conditional "如您…，还可以…" and "您的…投诉，可以通过…" give the user agency; 查阅和复制 is two rights', () => {
    expect(ids('四、如何管理您的信息\n4.7 我们将在15个工作日内作出答复。如您不满意，还可以通过本政策公布的联系方式联系并投诉。')).toContain('right.complaint');
    expect(ids('九、您的权利\n您的任何疑问、建议、意见及投诉，可以通过拨打客服热线联系我们的客服提交。')).toContain('right.complaint');
    const both = ids('五、您的权利\n（六）查阅和复制您的个人信息\n如您希望查阅和复制您的个人信息，可通过客服电话提交需求。');
    expect(both).toEqual(expect.arrayContaining(['right.access', 'right.copy']));
    expect(ids('五、您的权利\n您可以向客户服务代表要求拒绝对外共享、转让、公开披露您的个人信息。')).toContain('right.objection');
    // The policy's own practice is not the user's right.
    expect(ids('如我们不满意，还可以终止合作。')).not.toContain('right.complaint');
  });

  it('"if you do not want to receive such messages, you can …" is an opt-out, in both languages', () => {
    expect(ids("If you don't wish to receive our promotional e-mails, you may use the link at the foot of each e-mail.")).toEqual(['right.unsubscribe']);
    expect(ids('If you no longer want to receive this kind of information, please contact our service desk.')).toEqual(['right.unsubscribe']);
    expect(ids('如您不希望收到我们的营销短信，您可以按短信提示操作。')).toEqual(['right.unsubscribe']);
    // Not marketing: cookies, a parcel's status, personalised ads (an objection); and no action for the user.
    expect(ids('If you do not want to receive cookies, you can change your browser settings.')).toEqual([]);
    expect(ids('If you do not want to receive the delivery information, you can cancel the order.')).toEqual([]);
    expect(ids('If you do not want to receive personalised advertising, you can turn it off in Settings.')).not.toContain('right.unsubscribe');
    expect(ids('如果您不想接收个性化广告，可以在设置中关闭。')).not.toContain('right.unsubscribe');
    expect(ids('If you do not want to receive such messages, we will keep sending them.')).toEqual([]);
    // One mention where the sentence also names the opt-out.
    const text = '如您不愿接收此类信息，您可以按短信提示退订。';
    expect(extractPolicy(text).rights.find((r) => r.id === 'right.unsubscribe')!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['退订']);
    const alone = '如您不愿接收此类信息，您可以按短信提示操作。';
    expect(extractPolicy(alone).rights.find((r) => r.id === 'right.unsubscribe')!.evidence.map((e) => alone.slice(e.start, e.end))).toEqual(['不愿接收此类信息']);
  });

  it('consent and authorisation withdrawn by article ("withdraw any consent", "withdraw the authorization")', () => {
    expect(ids('You may withdraw any consent you have given us at any time.')).toEqual(['right.withdraw_consent']);
    expect(ids('You can withdraw the authorization in Settings at any time.')).toEqual(['right.withdraw_consent']);
  });

  it('Chinese wordings of rights the English forms name (提出投诉, 删除您的账号, 停止接收, 可移植性, 要求我们解释)', () => {
    expect(ids('您有权向当地的数据保护机构提出投诉。')).toEqual(['right.complaint']);
    expect(ids('您可以在"设置"页面删除您的账号。')).toEqual(['right.account_deletion']);
    expect(ids('您可以随时选择停止接收我们的营销邮件。')).toEqual(['right.unsubscribe']);
    expect(ids('您有权行使数据可移植性权利。')).toEqual(['right.portability']);
    expect(ids('您可以要求我们解释个人信息处理规则。')).toEqual(['right.explanation']);
  });

  it('English wordings of 去世后 / 死亡证明, 申请注销账号 and 限制处理 (after the death of, death certificate, cancellation of the account, right to limit)', () => {
    expect(ids('After the death of a user, the close relatives can contact us about the account.')).toEqual(['right.deceased']);
    expect(ids('Close relatives can make the request by sending us the death certificate.')).toEqual(['right.deceased']);
    expect(ids('You can apply for cancellation of the account in Settings.')).toEqual(['right.account_deletion']);
    expect(ids('You have the right to limit the processing of your personal data.')).toEqual(['right.restriction']);
  });

  it('a short line in the rights section that opens with a right is its title ("Automated decision-making", 查询、更正)', () => {
    expect(ids('5. Your rights\nYou can send us requests about your data.\nAutomated decision-making\nWe may make some decisions by algorithm alone.')).toEqual(['right.explanation']);
    expect(ids('5. Your rights\nYou can send us requests about your data.\nDelete and correct\nWrite to us and we will do it.')).toEqual(['right.correction', 'right.deletion']);
    expect(ids('五、您的权利\n您可以向我们提出请求。\n查询、更正\n请前往设置页面。')).toEqual(['right.access', 'right.correction']);
    // Not a title: the word inside a noun phrase, a sentence, a menu path.
    expect(ids('5. Your rights\nYou can send us requests about your data.\nList of public reviews\nThese reviews are shown to everyone.')).toEqual([]);
    expect(ids('5. Your rights\nYou can send us requests about your data.\nWe delete old logs.')).toEqual([]);
    expect(ids('五、您的权利\n您可以向我们提出请求。\n【设置】-【举报】\n请通过客服联系我们。')).toEqual([]);
  });

  it('a request to transfer the data to another processor is portability ("ask us to transfer your personal data to another controller")', () => {
    expect(ids('You can ask us to transfer your personal data to another controller.')).toEqual(['right.portability']);
    expect(ids('You may request that we transfer your personal information to a third party you designate.')).toEqual(['right.portability']);
    // Our own transfer, or a transfer of something other than the user's data.
    expect(ids('We may transfer your personal information to the designated recipients.')).toEqual([]);
    expect(ids('You can ask us to transfer the case to the designated department.')).toEqual([]);
  });

  it('respects negation', () => {
    expect(ids('You may not opt out of service messages.')).toEqual([]);
    expect(ids('您可能无法自主修改注册时提交的初始注册信息。')).toEqual([]);
  });
  it('does not read our own practices as the user\'s rights', () => {
    expect(ids('We delete your personal information when it is no longer needed.')).toEqual([]);
    expect(ids('We use automated decision-making to recommend content.')).toEqual([]);
    expect(ids('您可能会授权第三方向我们转移您的个人信息。')).toEqual([]);
    expect(ids('You can access our services from any device.')).toEqual([]);
  });
  it('a right the company holds ("we reserve the right to", "Acme has the right to", 我们有权利) grants the user nothing', () => {
    expect(ids('1. "Acme" has the right to modify this privacy policy and will notify you.')).toEqual([]);
    expect(ids('Acme has the right to modify your personal information.')).toEqual([]);
    expect(ids('We reserve the right to delete content that breaks the rules.')).toEqual([]);
    expect(ids('我们有权利删除违规内容。')).toEqual([]);
    // The user's rights, however the holder is named; a right of ours does not cover the user's in the next clause.
    expect(ids('You also have the right to modify your personal information.')).toEqual(['right.correction']);
    expect(ids('California residents have the right to delete their personal information.')).toEqual(['right.deletion']);
    expect(ids('You have the right to know and decide, and have the right to restrict our processing.')).toEqual(['right.restriction']);
    expect(ids('We have the right to suspend the service, and you have the right to delete your personal information.')).toEqual(['right.deletion']);
  });

  it('"object" before an article, a possessive or "of", and "objects" not followed by "to", are not the right to object', () => {
    expect(ids('5. Your rights\nYou can manage the accounts you have bound:\n1. Object a third-party account in Settings.\n2. Unbind it in Settings.')).toEqual([]);
    expect(ids('5. Your rights\nYou can view the transaction objects in your orders.')).not.toContain('right.objection');
    expect(ids('5. Your rights\nYou can object at any time.')).toEqual(['right.objection']);
    expect(ids('5. Your rights\nIf a user objects to the processing, we stop it.')).toEqual(['right.objection']);
  });

  it('reading the policy itself ("view this privacy policy", 查阅本政策) is no access right', () => {
    expect(ids('5. Your rights\nYou can view this privacy policy at any time in Settings.')).toEqual([]);
    expect(ids('五、您的权利\n您可以随时查阅本政策。')).toEqual([]);
    expect(ids('五、您的权利\n您可以随时查阅您的个人信息。')).toEqual(['right.access']);
  });

  it('accepts bare verbs in a list that the word "rights" closes (查阅、复制等权利, "access, rectification and erasure rights")', () => {
    expect(ids('您的近亲属可以对您的个人信息行使查阅、复制、更正等权利。')).toEqual(['right.access', 'right.copy', 'right.correction']);
    expect(ids('You may exercise your access, rectification and erasure rights.')).toEqual(['right.access', 'right.correction', 'right.deletion']);
    // Not a list: other words come between the verb and "rights".
    expect(ids('You can access our services with your rights reserved.')).toEqual([]);
    expect(ids('我们会保障您查阅的便利与权利。')).toEqual([]);
  });

  it('accepts bare verbs in a list of rights', () => {
    expect(ids('We protect your rights to access, correct and delete your information.')).toEqual(['right.access', 'right.correction', 'right.deletion']);
  });
});

describe('account deletion with the service name between article and "account"', () => {
  const ids = (t: string) => extractPolicy(t).rights.map((r) => r.id);
  it('reads "cancel the <name> account" where the user can act, not where the company acts', () => {
    expect(ids('Users can open the control panel and go to Account Management to cancel the Acme Cloud account.')).toEqual(['right.account_deletion']);
    expect(ids('You can close your <<< brand.name >>> account in Settings.')).toEqual(['right.account_deletion']);
    expect(ids('We may close your Acme account if you break these terms.')).toEqual([]);
    expect(ids('We reserve the right to terminate your Acme account.')).toEqual([]);
  });
});

describe('complaints and the remaining Chinese wordings', () => {
  const ids = (t: string) => extractPolicy(t).rights.map((r) => r.id);
  it('reads a complaint addressed to someone where the user can act, and one worded as a condition', () => {
    expect(ids('如果您不满意，也可以向监管部门投诉。')).toEqual(['right.complaint']);
    expect(ids('如您对本政策有任何疑问或进行咨询或投诉时，您均可以通过如下方式与我们联系。')).toEqual(['right.complaint']);
    expect(ids('If you have any questions or complaints about this policy, you can contact us.')).toEqual(['right.complaint']);
    expect(ids('我们将向有关部门举报违法行为。')).toEqual([]);
  });

  it('knows 纠正, 擦除 and 关闭账户', () => {
    expect(ids('六、您的权利\n（一）您可以纠正或擦除您的个人信息\n您也可以关闭账户。')).toEqual(['right.correction', 'right.deletion', 'right.account_deletion']);
  });
});

describe('common verbs whose object is the user\'s data', () => {
  const ids = (t: string) => extractPolicy(t).rights.map((r) => r.id);
  it('read "see", "change" and "update" as rights when your data is what they act on', () => {
    expect(ids('You can see and change your personal information in Settings.')).toEqual(['right.access', 'right.correction']);
    expect(ids('You may ask us to update your information.')).toEqual(['right.correction']);
    expect(ids('You have the right to see the personal data we hold about you.')).toEqual(['right.access']);
    // A weak verb with the data as its object counts outside the rights section too.
    expect(ids('You can correct your data at any time.')).toEqual(['right.correction']);
  });

  it('leave them alone with any other object', () => {
    expect(ids('You can see our cookie policy. We update this policy every year. You can change your browser settings.')).toEqual([]);
    expect(ids('Your Rights\nYou can see the details in Section 5 and change the language of the app.')).toEqual([]);
    // A "Changes" heading inside the rights section is about the policy.
    expect(ids('C. Your Rights\nYou can delete your account.\n§ 5 Changes\nWe may change this policy.')).toEqual(['right.account_deletion']);
  });

  it('make a heading that names them a rights heading', () => {
    const r = extractPolicy('2. Your Choices\nd. Updating Your Details. You can update your details in Settings.\n3. Updates to this policy\nWe may update it.');
    expect(r.sections.map((s) => s.category)).toEqual(['rights', 'rights', 'changes']);
    expect(r.rights.map((x) => x.id)).toEqual(['right.correction']);
  });
});

describe('US state-law wordings of the same rights', () => {
  const ids = (t: string) => extractPolicy(t).rights.map((r) => r.id);
  it('reads the right to know, opting out of sale or sharing, and automated decisions', () => {
    const text = 'Your Rights\nYou may have the right to know what personal information we collect, the right to opt out of targeted advertising, and the right to correct inaccurate information. You can also ask us not to make decisions based solely on automated processing.';
    expect(ids(text)).toEqual(['right.access', 'right.objection', 'right.correction', 'right.explanation']);
    // Opting out of the sale is no marketing opt-out (and no built-in right: docs/extending.md adds one); opting out of e-mails is.
    expect(ids('Your Rights\nYou can opt out of the sale of your data. You can opt out of marketing emails.')).toEqual(['right.unsubscribe']);
    expect(ids('Your Rights\nYou cannot ask us to delete records we must keep by law.')).toEqual([]);
  });
});
