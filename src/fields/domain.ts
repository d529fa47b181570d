/** A host name such as bank.example: dot-separated labels of letters, digits and inner dashes, then a letter TLD (lower case). */
export const DOMAIN_NAME = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/
