"""The forum's pages, for validated teachers only (accounts.access): the list of current posts with its
filters, a post with its replies, and the author's forms to write, edit and delete a post.

Only the author reaches the edit and delete pages of a post; for anyone else they answer 404, as a post
that has ended or whose author blocked the reader (or was blocked) does, or one a moderator hid
(core.moderated): hidden posts and replies leave every list and count but their author's, who sees them
marked hidden, with the reason. None of these pages may be kept by a shared cache."""

import math

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import validated_teacher_required
from core.listing import Listing
from core.moderated import shown_to
from forum.filters import PostFilter
from forum.forms import PostForm, ReplyForm
from forum.models import ALL_TERMS, CARD_TERMS, Post, Reply, attach_terms, hidden_author_ids, not_by

POSTS_PER_PAGE = 20
REPLIES_PER_PAGE = 20


def attach_card_terms(posts):
    attach_terms(posts, CARD_TERMS)


@validated_teacher_required
@require_safe
def post_list(request):
    """Current posts, newest first; or with `mine=1`, the reader's own posts, ended ones too."""
    hidden = hidden_author_ids(request.user)
    show_mine = request.GET.get("mine") == "1"
    if show_mine:
        posts = Post.objects.filter(author=request.user)
    else:
        posts = Post.objects.current().filter(not_by(hidden), shown_to(request.user))
    post_filter = PostFilter(request.GET, posts, language_code=get_language())
    posts = post_filter.qs.with_reply_counts(request.user, hidden).select_related("author__country")
    listing = Listing(request, posts.order_by("-created_at", "-pk"), POSTS_PER_PAGE, prepare=attach_card_terms)
    context = {"filter": post_filter, "listing": listing, "show_mine": show_mine}
    return render(request, "forum/post_list.html", context)


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def post_detail(request, pk):
    """The post, its replies (oldest first, as a conversation reads) and the form to reply."""
    hidden = hidden_author_ids(request.user)
    posts = Post.objects.visible_to(request.user, hidden).select_related("author__country")
    post = get_object_or_404(posts, pk=pk)
    replies = post.replies.filter(not_by(hidden), shown_to(request.user)).select_related("author__country")
    form = ReplyForm(
        request.POST if request.method == "POST" else None,
        instance=Reply(post=post, author=request.user),
        post=post,
    )
    if form.is_valid():
        reply = form.save()
        return redirect(reply_url(post, reply, replies.count()))
    listing = Listing(request, replies, REPLIES_PER_PAGE)
    attach_terms([post], ALL_TERMS)
    return render(request, "forum/post_detail.html", {"post": post, "listing": listing, "form": form})


def reply_url(post, reply, reply_count):
    """The reply where it is shown: on the last page of the replies."""
    page = math.ceil(reply_count / REPLIES_PER_PAGE)
    query = f"?page={page}" if page > 1 else ""
    return f"{reverse('forum:post', args=[post.pk])}{query}#reply-{reply.pk}"


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def post_new(request):
    return post_form(request, Post(author=request.user))


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def post_edit(request, pk):
    return post_form(request, get_object_or_404(Post, pk=pk, author=request.user))


def post_form(request, post):
    """The form of a new or an existing post. Saved whole or not at all: the post, its subjects, ages,
    countries and languages go in one transaction."""
    form = PostForm(request.POST if request.method == "POST" else None, instance=post)
    if form.is_valid():
        with transaction.atomic():
            post = form.save()
        return redirect("forum:post", pk=post.pk)
    return render(request, "forum/post_form.html", {"form": form, "post": post})


@validated_teacher_required
@require_http_methods(["GET", "HEAD", "POST"])
def post_delete(request, pk):
    """A page asking to confirm; the post and its replies go when it is confirmed."""
    post = get_object_or_404(Post, pk=pk, author=request.user)
    if request.method == "POST":
        post.delete()
        messages.success(request, _("Your post “%(title)s” was deleted.") % {"title": post.title})
        return redirect("forum:list")
    return render(request, "forum/post_confirm_delete.html", {"post": post})
