/** Consumer mail domains: a contact with one of these joins no account by its email. */
export const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.jp', 'icloud.com',
  'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'qq.com',
  '163.com', '126.com', 'sina.com', 'foxmail.com', 'naver.com', 'zoho.com',
])

/** The company domain of an email address, or null for free-mail and malformed addresses. */
export const companyDomain = (email: string | null | undefined): string | null => {
  const domain = email?.split('@')[1]?.trim().toLowerCase()
  return domain && domain.includes('.') && !FREE_MAIL.has(domain) ? domain : null
}
