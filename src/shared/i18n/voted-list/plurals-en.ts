/** Counting messages of the list of who has voted (see ../plural.ts). */
export const votedListPluralEn = {
  'votedList.count': {
    one: '{count} voter has received a ballot.',
    other: '{count} voters have received a ballot.',
  },
};
