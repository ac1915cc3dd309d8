/** Tables owned by the core. Features declare theirs next to their own code. */

export interface UsersTable {
  /** `platform:id` */
  key: string;
  platform: string;
  platform_id: string;
  name: string | null;
  first_seen: string;
  last_seen: string;
}

export interface ChatsTable {
  key: string;
  platform: string;
  platform_id: string;
  kind: 'private' | 'group';
  title: string | null;
  first_seen: string;
  last_seen: string;
}

/** What a user in a chat is in the middle of (a confirmation, an answer being typed), owned by one feature. */
export interface ConversationStateTable {
  chat_key: string;
  user_key: string;
  feature: string;
  data: string;
  expires_at: string | null;
}

export interface CoreTables {
  users: UsersTable;
  chats: ChatsTable;
  conversation_state: ConversationStateTable;
}
