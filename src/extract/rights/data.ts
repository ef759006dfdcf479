/**
 * Cue vocabulary for the rights extractor: what makes a sentence grant the user something,
 * what takes it back, and what a "how" (menu path, channel) looks like. The right names
 * themselves live in lexicons/rights.json.
 */

/** The user (or a relative) is the one who can act: "you can", "you have the right", 您可以, 有权. */
export const AGENCY_CUE = {
  en: /\b(?:you|users?|they|relatives|guardians?)\b(?: \w+){0,3}? (?:can|may|could|might|have|has|are entitled|are able|shall have|will be able)\b|\bright(?:s)? (?:to|of)\b|\b(?:request|ask) us\b|\byou (?:\w+ ){0,2}(?:request|ask|choose|opt)\b|^[-·•* ]*(?:request|ask|you can)\b/i,
  zh: /(?:您|你|用户|近亲属|监护人)[^。；;，,]{0,12}?(?:可以|可(?:通过|在|按|根据|向|直接|随时|自行|选择|申请|联系|进入|点击|要求|请求|拨打|发送|关闭|撤回|删除|更正|注销|查询|访问|查阅|复制|获取)|有权|能够|享有)|(?:请求|要求)我们|向我们(?:提出|申请|发起|要求)|权利|(?:如|若|如果|假如)(?:您|你)[^。；;]{0,24}[，,]\s*(?:您|你)?(?:还|也|亦|均|仍)?可(?:以)?|(?:您|你)的[^。；;]{0,24}[，,]\s*(?:均|都|亦|也)?可(?:以)?(?:通过|向|联系|拨打|发送|提交)/,
};

/** Single words that name nothing but a right: they count outside the rights section too. */
export const STANDALONE_FORMS: ReadonlySet<string> = new Set(['unsubscribe', 'unsubscription', 'portability', 'deregister', 'erasure', 'rectification', '退订', '逝者']);

/** Longer forms that still name a practice more often than a right ("we use automated decision-making to ..."): rights section or list only. */
export const CONTEXT_ONLY_FORMS: ReadonlySet<string> = new Set(['自动决策', '自动化决策', 'automated decision', 'automated decisions', 'automatic decision', 'automated decision-making', 'automatic decision-making', 'automated individual decision']);

/** A list of rights ("your rights to inquire, access, modify, delete ..."): weak forms count there too. */
export const RIGHTS_LIST_CUE = { en: /\brights? (?:to|of)\b|\bfollowing rights\b/i, zh: /以下权利|下列权利|权利/ };

/**
 * A list of rights named before the word: 行使查阅、复制、更正、删除等权利 / 查阅、复制的权利,
 * "access, rectification and erasure rights". Tested on the text right after a mention: the
 * rest of the list, then the word.
 */
export const RIGHTS_LIST_AFTER = {
  en: /^(?:(?:,|,? and|,? or|,? as well as) [\w-]+){0,8} rights\b/i,
  zh: /^(?:[、\/和及与或][^，,。；;：:、\/和及与或]{1,10}){0,8}(?:等|的)(?:各项|相关|个人信息)?权利/,
};

/** Negation in the clause before a mention: "you cannot access", 您可能无法自主修改. */
export const NEGATION_CUE = {
  // "ask us not to make decisions…" is the user asking for the right, not a denial of it.
  en: /\b(?:(?<!\b(?:ask|asks|request|requests|tell|require|instruct)(?: us| that we)? )not|cannot|unable|never|no longer)\b|n't\b/i,
  zh: /无法|不能|不可|不得|不支持|不提供|不会/,
};

/**
 * "If you do not want to receive such messages, you can ..." / 如您不希望收到此类信息，您可以…:
 * declining marketing (messages, ads, e-mails, SMS, notifications, or information that is
 * "such" / "this" / commercial / promotional) on the condition that the user can then act is
 * an opt-out even where no opt-out word follows ("reply TD", "follow the link in the message").
 * Group 1 is the evidence: the declining words up to the messages they name. Personalised ads
 * and content are not marketing messages (turning them off is an objection, named by its own
 * forms): PERSONALISED rules them out.
 */
const EN_MARKETING_NOUN = '(?:messages?|ads|advertisements?|advertising|communications?|e-?mails?|sms|text messages?|notifications?|newsletters?|promotions?|calls?)';
const EN_SUCH_INFORMATION = '(?:(?:such|this|these|that|those)(?: kind of| type of| sort of)?|(?:[^,.;:!?]{0,40}? )?(?:commercial|marketing|promotional|advertising|push))(?: [\\w-]+){0,2}? information';
const ZH_MARKETING_NOUN = '(?:消息|短信|广告|邮件|推送|通知|电话|(?:此类|这类|该类|这些|上述|该|此等|营销|商业性?|推广|广告|推送)[^，,。；;：:！!？?]{0,8}?信息)';
export const OPT_OUT_CONDITION = {
  en: new RegExp(`\\bif you (?:also )?((?:do not|don['’]t|no longer|not) (?:want|wish|like)(?: to)?(?: continue to)? (?:receive|get) (?:(?:[^,.;:!?]{0,50}? )?${EN_MARKETING_NOUN}|${EN_SUCH_INFORMATION}))\\b[^,.;:!?]{0,60}, *(?:then )?(?:you (?:\\w+ )?(?:can|may|could|are able to)|please)\\b`, 'gi'),
  zh: new RegExp(`(?:如|若|如果|假如|倘若)(?:您|你)((?:不希望|不想|不愿意?|不再希望|不再想)(?:继续)?(?:收到|接收|接受)[^，,。；;：:！!？?]{0,30}?${ZH_MARKETING_NOUN})[^，,。；;：:！!？?]{0,20}[，,]\\s*(?:(?:您|你)(?:还|也|亦)?)?(?:可以|可|请)`, 'g'),
};
export const PERSONALISED = /personali[sz]|个性化|兴趣偏好/i;

/**
 * A request to move the user's data elsewhere (PIPL art. 45, GDPR art. 20): "ask us to transfer
 * your personal information to another controller / to a processor you designate / of your
 * choice", "request that we transfer your data to the designated processor". The Chinese
 * wordings (转移至您指定…) are lexicon forms. Group 1 is the evidence, from "transfer".
 */
export const PORTABILITY_REQUEST =
  /\b(?:request|ask|require|instruct)\w*(?: \w+){0,3}? (?:to )?(transfer(?:ring)? (?:of )?(?:a copy of )?(?:your |the |such |these )?(?:personal )?(?:information|data)\b[^.;]{0,60}?\bto (?:[\w-]+ ){0,5}?(?:(?:that |whom |which )?(?:you|they) (?:designate|designated|specify|specified|choose|nominate)|designated by you|specified by you|of your choice|designated|specified|another (?:controller|processor|handler|organi[sz]ation|entity|company|service provider)))\b/gi;

/** Rights named by a wording rather than a lexicon form; `grants`: the wording says itself that the user can act. */
export interface WordedRight {
  id: string;
  re: { en?: RegExp; zh?: RegExp };
  /** A wording whose evidence matches this names something else. */
  unless?: RegExp;
  grants: boolean;
}
/**
 * Deleting an account named between the article and "account": "cancel the Acme Cloud
 * account", "close your <brand> account" (the lexicon's forms have no room for the name).
 * Group 1 is the evidence.
 */
export const NAMED_ACCOUNT_DELETION = /\b((?:cancel(?:l?ing|l?ed)?|delet(?:e|ing)|clos(?:e|ing)|deactivat(?:e|ing)|terminat(?:e|ing)) (?:the|your) (?:[^\s,;:]*[^\s.,;:] ){1,4}?accounts?)\b/gi;

/** A complaint addressed to someone (`向监管部门投诉`, `向我们提出投诉`): the right, where the user can act. Group 1 is the evidence. */
export const COMPLAINT_TO = /向[^。；;，,]{1,20}?((?:提出|提起|进行|发起)?(?:投诉|举报|申诉))/g;

/**
 * A complaint worded as a condition with the way to make it (`如您…有任何疑问或进行咨询或投诉时，
 * 您均可以通过…`, "if you have a complaint, you can contact us"): it grants the right itself.
 */
export const COMPLAINT_WHEN = {
  zh: /(?:如|若|如果|假如)(?:您|你)[^。；;]{0,60}?((?:投诉|举报|申诉))[^。；;，,]{0,6}[，,]\s*(?:您|你)?(?:均|都|也|还|亦)?可(?:以)?/g,
  en: /\bif you (?:have|wish to make|want to make|would like to make|want to lodge|wish to lodge) (?:any |a )?(?:questions?,? (?:or )?)?(complaints?)\b[^.;]{0,60}?\byou (?:can|may)\b/gi,
};

export const WORDED_RIGHTS: readonly WordedRight[] = [
  { id: 'right.complaint', re: { zh: COMPLAINT_TO }, grants: false },
  { id: 'right.complaint', re: COMPLAINT_WHEN, grants: true },
  { id: 'right.unsubscribe', re: OPT_OUT_CONDITION, unless: PERSONALISED, grants: true },
  { id: 'right.account_deletion', re: { en: NAMED_ACCOUNT_DELETION }, grants: false },
  { id: 'right.portability', re: { en: PORTABILITY_REQUEST }, grants: false },
];

/**
 * The company's own right in the clause before a mention: "we reserve the right to delete",
 * "Acme has the right to modify this policy", 我们有权删除 / 本公司保留…的权利. A right held by
 * anyone but the user (you, users, relatives, residents, data subjects ...) grants the user nothing.
 */
const EN_HOLDER = '(?:[Yy]ou|[Yy]our|[Yy]ourself|[Uu]sers?|[Ii]ndividuals?|[Pp]ersons?|[Pp]eople|[Ss]ubjects?|[Rr]elatives|[Gg]uardians?|[Pp]arents?|[Cc]hildren|[Mm]inors?|[Cc]ustomers?|[Cc]onsumers?|[Mm]embers?|[Rr]esidents?|[Cc]itizens?|[Ee]veryone|[Aa]nyone|[Hh]e|[Ss]he|[Tt]hey)';
const EN_ADVERB = '(?:also|still|shall|will|may|always|fully|therefore|then|only)';
/** Who holds the right: we, the company, a quoted or capitalised name ("Acme", “Acme”). */
const EN_COMPANY = `(?:\\b[Ww]e|\\b(?:[Tt]he|[Oo]ur|[Tt]his) (?:company|platform|operator|bank|group|app|application|service provider|website|controller)|[”"»」]|\\b(?!${EN_HOLDER}\\b)[A-Z][\\w&.-]*)`;
export const OWN_RIGHT_CUE = {
  en: new RegExp(`(?:\\b[Rr]eserves?|\\b[Rr]etains?|${EN_COMPANY}(?: ${EN_ADVERB})? (?:has|have)) the rights? (?:to|of)\\b(?:(?!\\b${EN_HOLDER}(?: \\w+)? (?:can|may|could|has|have|are|is|shall|will)\\b).)*$`),
  zh: /(?:我们|我方|我司|我行|本行|本公司|公司|本平台|平台|」|”|")(?:仍|也|亦|均|将|依法)?(?:有权|保留)(?:(?!您|你|用户).)*$/,
};

/**
 * A mention (the words as written) read in another sense by what follows it. The right is to
 * "object to" something or to object outright ("you may object"); "object" before an article,
 * a possessive or "of" is the noun or another verb ("the object of processing", "object a
 * third-party account"), and "objects" not followed by "to" is the noun ("transaction objects").
 * The tested text is the 30 characters after the mention.
 */
export const OTHER_SENSE: readonly { word: RegExp; after: RegExp }[] = [
  { word: /^object$/i, after: /^\s+(?:a|an|the|this|that|these|those|your|our|their|its|any|each|one|of)\b/i },
  { word: /^objects$/i, after: /^(?!\s+to\b)/ },
  // Opting out of the sale or sharing of data is no marketing opt-out (the taxonomy has no id
  // for it: docs/extending.md shows how to add one).
  { word: /^opt[- ]?outs?$/i, after: /^\s+of\s+(?:the\s+)?(?:sale|sales|selling|sharing)\b/i },
  // Reading the policy itself ("view this privacy policy", 访问隐私政策) is no access to one's data.
  { word: /^(?:access\w*|view\w*|review\w*|check\w*|consult\w*|query|访问|查阅|查看|查询)$/i, after: /^\s*(?:(?:this|the|our|these) )?(?:privacy )?(?:policy|policies|agreement|terms)\b|^(?:本|我们的)?(?:隐私)?(?:政策|协议|条款)/i },
];

/**
 * Verbs too common to name a right unless the user's data is their object: "see or change your
 * data", "update your details", never "see Section 5" or "we update this policy".
 */
export const OBJECT_ONLY_FORMS: ReadonlySet<string> = new Set(['see', 'change', 'update']);

/**
 * Right after a weak English verb: the user's data as its object, through other verbs joined
 * to it ("see, correct or delete your personal data"). With it, the verb names a right in any
 * sentence that gives the user agency.
 */
// "the details" is anyone's ("see the details in Section 5"); "your details" is the user's.
export const DATA_OBJECT_EN = /^(?:,? (?:or|and|and\/or) [a-z]+|, [a-z]+){0,3} (?:(?:your|any of your|all of your)(?: own)?(?: personal)? (?:information|data|details|profile)|the (?:personal )?(?:information|data)(?! (?:protection|processing|controller|security|practices))|the personal (?:information|data))\b/i;
/** Characters after a mention searched for its object. */
export const DATA_OBJECT_WINDOW = 60;

/** Clause boundaries for the negation scope. */
export const CLAUSE_BREAK = /[,，;；:：]|\bbut\b|但|然而/gi;

/**
 * Menu paths: two to eight bracketed or quoted items joined by - > → / 、 (【我的】-【设置】,
 * [My] - [Settings], "设置"-"隐私"), or plain items joined by > or → ("My > Setting > Cancel account").
 */
export const BRACKETED_PATH =
  /(?:[【\[「『“"][^【】[\]「」『』“”"\n]{1,24}[】\]」』”"] ?(?:-{1,2}>?|—|–|>|→|\/|、) ?){1,8}[【\[「『“"][^【】[\]「」『』“”"\n]{1,24}[】\]」』”"]/;
export const ARROW_PATH = /[A-Za-z\u4e00-\u9fff][A-Za-z0-9 \u4e00-\u9fff]{0,24}(?: ?[>→] ?[A-Za-z\u4e00-\u9fff][A-Za-z0-9 \u4e00-\u9fff]{0,24}){1,7}/;
/** A single quoted or bracketed UI label, used when the sentence tells the user to click or select it. */
export const UI_LABEL = /[【「『“"]([^【】「」『』“”"\n]{1,30})[】」』”"]/g;
export const UI_VERB = { en: /\b(?:click|select|tap|go to|visit|enter|open|choose)\w*|\b(?:through|via)\b/i, zh: /点击|进入|选择|通过|前往|打开|路径/ };
export const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/;
